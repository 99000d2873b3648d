package org.ascend.cohort;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ascend.platform.test.EventContracts;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.platform.test.TestInfrastructure;
import org.ascend.platform.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.ascend.cohort.CohortTestSupport.completed;
import static org.ascend.cohort.CohortTestSupport.consented;
import static org.ascend.cohort.CohortTestSupport.enrolled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Career records (docs/cohorts.md, "Careers"): none without consent; the participant's own reports and the programme
 * team's, each with its source, side by side; published without names; anonymised when consent is withdrawn.
 */
class CareerRecordsTest extends ServiceIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    static Map<String, Object> directorRole(LocalDate startsOn) {
        Map<String, Object> role = new HashMap<>(Map.of("organisationCode", "RJ1", "organisationType", "ACUTE_TRUST",
                "regionCode", "Y56", "roleTitle", "Director of Workforce and OD, Guy's and St Thomas'",
                "roleFamily", "DIRECTOR_OF_WORKFORCE", "band", "VSM", "startsOn", startsOn.toString(), "boardLevel", true,
                "interim", false));
        return role;
    }

    @Test
    void noRecordWithoutConsentThenEachSourceSideBySidePublishedWithoutNames() {
        var manager = as("programme-manager");
        var participant = enrolled(manager, anonymous, List.of("RJ1")).participants().get(0);
        String records = "/api/cohorts/participants/" + participant.id() + "/career-records";
        LocalDate started = LocalDate.now().minusMonths(1);

        var refused = participant.applicant().post(records, Map.of("role", directorRole(started)));
        assertThat(refused.status()).as("no consent yet").isEqualTo(409);
        assertThat(refused.text("detail")).contains("career-consent");
        assertThat(manager.post(records, Map.of("role", directorRole(started), "source", "PUBLIC_BOARD_LIST")).status())
                .as("nor by the programme team").isEqualTo(409);
        assertThat(participant.applicant().get(records).body()).isEmpty();

        consented(participant, true, false);
        var own = participant.applicant().post(records, Map.of("role", directorRole(started)));
        assertThat(own.status()).as(own.body().toString()).isEqualTo(201);
        assertThat(own.text("source")).isEqualTo("SELF_REPORTED");
        assertThat(own.body().path("monthsSinceCompletion").isNull()).as("not completed yet").isTrue();
        var confirmed = manager.post(records, Map.of("role", directorRole(started), "source", "EMPLOYER_CONFIRMED"));
        assertThat(confirmed.status()).isEqualTo(201);
        assertThat(manager.post(records, Map.of("role", directorRole(started))).status()).as("the team names its source")
                .isEqualTo(400);
        assertThat(participant.applicant().post(records, Map.of("role", directorRole(started), "source", "EMPLOYER_CONFIRMED"))
                .status()).as("a participant's report is their own").isEqualTo(403);
        assertThat(as("applicant").get(records).status()).as("another applicant").isEqualTo(404);
        assertThat(manager.get(records).body().findValuesAsString("source"))
                .containsExactlyInAnyOrder("SELF_REPORTED", "EMPLOYER_CONFIRMED");

        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), Topics.CAREER)) {
            var moves = probe.pollUntil(seen -> moves(seen, participant.id()).size() == 2, Duration.ofSeconds(30));
            moves(moves, participant.id()).forEach(r -> {
                assertThat(EventContracts.validate("org.ascend.cohort.career-move-recorded.v1", r.value())).isEmpty();
                assertThat(new String(r.value())).as("no names, employer, title or free text")
                        .doesNotContain("Patel", "RJ1", "Guy's", "Director of Workforce and OD").contains("\"boardLevel\":true");
            });
        }
    }

    @Test
    void badRolesAreProblemsAndChangeNothing() {
        var participant = enrolled(as("programme-manager"), anonymous, List.of("RX1")).participants().get(0);
        consented(participant, false, false);
        String records = "/api/cohorts/participants/" + participant.id() + "/career-records";

        Map<String, Object> backwards = directorRole(LocalDate.now());
        backwards.put("endsOn", LocalDate.now().minusDays(1).toString());
        var endBeforeStart = participant.applicant().post(records, Map.of("role", backwards));
        assertThat(endBeforeStart.status()).isEqualTo(400);
        assertThat(endBeforeStart.contentType()).startsWith("application/problem+json");
        assertThat(endBeforeStart.body().toString()).contains("endsOn must not be before startsOn");

        Map<String, Object> badCode = directorRole(LocalDate.now());
        badCode.put("organisationCode", "RJ-1 OR 1=1");
        var unknownFormat = participant.applicant().post(records, Map.of("role", badCode));
        assertThat(unknownFormat.status()).isEqualTo(400);
        assertThat(unknownFormat.body().toString()).contains("organisationCode", "ODS");

        Map<String, Object> badBand = directorRole(LocalDate.now());
        badBand.put("band", "10");
        assertThat(participant.applicant().post(records, Map.of("role", badBand)).status()).isEqualTo(400);
        assertThat(participant.applicant().get(records).body()).as("nothing recorded").isEmpty();
    }

    @Test
    void withdrawingConsentAnonymisesTheRecordsAndTheCountsSurvive() {
        var manager = as("programme-manager");
        var cohort = enrolled(manager, anonymous, List.of("RYJ"));
        var participant = cohort.participants().get(0);
        completed(manager, participant.id());
        consented(participant, true, true);
        String records = "/api/cohorts/participants/" + participant.id() + "/career-records";
        assertThat(participant.applicant().post(records, Map.of("role", directorRole(LocalDate.now().plusMonths(2)))).text(
                "monthsSinceCompletion")).isEqualTo("2");

        assertThat(participant.applicant().send("DELETE", "/api/cohorts/participants/" + participant.id() + "/career-consent",
                Map.of()).status()).isEqualTo(200);

        assertThat(manager.get(records).body()).as("no longer anyone's").isEmpty();
        var kept = jdbc.sql("SELECT participant_id, role_title, organisation_code, role_family, band FROM career_record "
                + "WHERE cohort_id = :cohort").param("cohort", UUID.fromString(cohort.cohortId())).query().listOfRows();
        assertThat(kept).as("the count survives").hasSize(1);
        assertThat(kept.get(0)).containsEntry("participant_id", null).containsEntry("role_title", null)
                .containsEntry("organisation_code", null).containsEntry("role_family", "DIRECTOR_OF_WORKFORCE")
                .containsEntry("band", "VSM");
        assertThat(participant.applicant().post(records, Map.of("role", directorRole(LocalDate.now()))).status())
                .as("tracking stopped at once").isEqualTo(409);
    }

    /** "No record without consent" holds in the database too: a row for someone without consent in force is refused. */
    @Test
    void theDatabaseRefusesARecordWithoutConsentInForce() {
        var participant = enrolled(as("programme-manager"), anonymous, List.of("RWE")).participants().get(0);
        String insert = """
                INSERT INTO career_record (id, participant_id, cohort_id, source, organisation_type, role_family, band,
                    starts_on, board_level, interim, recorded_at)
                VALUES (gen_random_uuid(), :participant, gen_random_uuid(), 'SELF_REPORTED', 'ACUTE_TRUST', 'OTHER', '8a',
                    current_date, false, false, now())""";
        assertThatThrownBy(() -> jdbc.sql(insert).param("participant", UUID.fromString(participant.id())).update())
                .as("never consented").isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        consented(participant, false, false);
        participant.applicant().send("DELETE", "/api/cohorts/participants/" + participant.id() + "/career-consent", Map.of());
        assertThatThrownBy(() -> jdbc.sql(insert).param("participant", UUID.fromString(participant.id())).update())
                .as("withdrawn").isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    private static List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> moves(
            List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> seen, String participantId) {
        return seen.stream().filter(r -> participantId.equals(r.key()))
                .filter(r -> "org.ascend.cohort.career-move-recorded.v1".equals(TopicProbe.header(r, "ce_type"))).toList();
    }
}
