package org.ascend.cohort;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.platform.test.TestIdentity;
import org.ascend.platform.test.TestInfrastructure;
import org.ascend.platform.test.TopicProbe;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.ascend.cohort.CohortTestSupport.enrolled;
import static org.ascend.cohort.CohortTestSupport.erased;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reasonable adjustments for programme sessions (docs/cohorts.md): the participant asks, the programme team arranges;
 * nobody else sees the request, no event carries it, erasure deletes it.
 */
class SessionAdjustmentsTest extends ServiceIntegrationTest {

    private static final String NEEDS = "Step-free venues and a British Sign Language interpreter at each module";

    @Autowired
    JdbcClient jdbc;

    @Test
    void onlyTheParticipantAndTheProgrammeTeamSeeARequestAndNoEventCarriesIt() {
        var manager = as("programme-manager");
        var cohort = enrolled(manager, anonymous, List.of("RJ1", "RR8"));
        var participant = cohort.participants().get(0);
        var other = cohort.participants().get(1);
        String adjustments = "/api/cohorts/participants/" + participant.id() + "/adjustments";

        assertThat(participant.applicant().put(adjustments, Map.of("needs", " ")).status()).as("needs are required").isEqualTo(400);
        assertThat(participant.applicant().put(adjustments, Map.of("needs", NEEDS)).text("needs")).isEqualTo(NEEDS);
        assertThat(other.applicant().put(adjustments, Map.of("needs", "not mine")).status()).as("someone else's").isEqualTo(404);
        assertThat(manager.put(adjustments, Map.of("needs", "the team's words")).status()).as("the participant's own words")
                .isEqualTo(403);
        assertThat(jdbc.sql("SELECT needs FROM session_adjustment WHERE participant_id = :id")
                .param("id", UUID.fromString(participant.id())).query(String.class).single()).as("unchanged").isEqualTo(NEEDS);

        var listed = manager.get("/api/cohorts/cohorts/" + cohort.cohortId() + "/adjustments").body();
        assertThat(listed.findValuesAsString("needs")).containsExactly(NEEDS);
        assertThat(manager.post(adjustments + "/arranged", Map.of("arranged", "Interpreter booked for all modules; venues checked"))
                .status()).isEqualTo(200);
        assertThat(participant.applicant().get(adjustments).text("arranged")).isEqualTo("Interpreter booked for all modules; venues checked");
        assertThat(other.applicant().get(adjustments).status()).isEqualTo(404);
        var sponsor = anonymous.withToken(TestIdentity.token("sponsor", c -> c.claim("email", "sponsor@demo.ascend.example")));
        assertThat(sponsor.get(adjustments).status()).isEqualTo(403);
        assertThat(as("coach").get(adjustments).status()).isEqualTo(403);
        assertThat(as("regional-lead").get("/api/cohorts/cohorts/" + cohort.cohortId() + "/adjustments").status()).isEqualTo(403);
        assertThat(manager.get("/api/cohorts/participants/" + participant.id()).body().toString()).doesNotContain("Sign Language");
        assertThat(sponsor.get("/api/cohorts/participants/" + participant.id() + "/plan").body().toString()).doesNotContain("Sign Language");

        // Something the participant does is published; nothing published mentions the request.
        assertThat(manager.post("/api/cohorts/participants/" + participant.id() + "/status",
                Map.of("status", "DEFERRED", "reason", "Parental leave")).status()).isEqualTo(200);
        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), Topics.PARTICIPANT, Topics.OFFER, Topics.SESSION, Topics.PLAN)) {
            var records = probe.pollUntil(seen -> seen.stream().filter(r -> participant.id().equals(r.key())).count() >= 2,
                    Duration.ofSeconds(30)); // enrolled, then deferred
            assertThat(records).isNotEmpty().noneMatch(r -> new String(r.value()).contains("Sign Language"));
        }

        erased(participant.applicationId());
        Awaitility.await("the request deleted on erasure").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> jdbc.sql("SELECT count(*) FROM session_adjustment WHERE participant_id = :id")
                        .param("id", UUID.fromString(participant.id())).query(Long.class).single() == 0);
    }
}
