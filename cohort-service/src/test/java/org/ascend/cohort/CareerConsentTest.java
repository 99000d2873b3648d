package org.ascend.cohort;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ascend.platform.test.EventContracts;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.platform.test.TestInfrastructure;
import org.ascend.platform.test.TopicProbe;
import org.junit.jupiter.api.Test;

import static org.ascend.cohort.CohortTestSupport.enrolled;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consent to career tracking (docs/cohorts.md, "Careers"): the participant's alone to give, change and withdraw; each
 * change published without names; bad input changes nothing.
 */
class CareerConsentTest extends ServiceIntegrationTest {

    private static final Map<String, Object> CONSENT = Map.of("trackForYears", 3, "shareInAlumniDirectory", true,
            "shareInTalentPool", false);

    @Test
    void theParticipantAloneGivesAndWithdrawsConsentAndEachChangeIsPublishedWithoutNames() {
        var participant = enrolled(as("programme-manager"), anonymous, List.of("RJ1")).participants().get(0);
        String path = "/api/cohorts/participants/" + participant.id() + "/career-consent";

        assertThat(participant.applicant().get(path).status()).as("none given yet").isEqualTo(404);
        assertThat(as("programme-manager").put(path, CONSENT).status()).as("not the programme team's to give").isEqualTo(403);
        assertThat(as("programme-manager").send("DELETE", path, java.util.Map.of()).status()).as("nor to withdraw").isEqualTo(403);
        assertThat(as("applicant").put(path, CONSENT).status()).as("nor another applicant's").isEqualTo(404);

        var given = participant.applicant().put(path, CONSENT);
        assertThat(given.status()).as(given.body().toString()).isEqualTo(200);
        assertThat(given.text("status")).isEqualTo("GIVEN");
        assertThat(LocalDate.parse(given.text("trackUntil"))).as("three years from the cohort's end, not yet completed")
                .isEqualTo(LocalDate.now().plusMonths(14).plusYears(3));
        assertThat(as("programme-manager").get(path).text("shareInAlumniDirectory")).isEqualTo("true");

        var withdrawn = participant.applicant().send("DELETE", path, Map.of());
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.text("status")).isEqualTo("WITHDRAWN");
        assertThat(participant.applicant().send("DELETE", path, Map.of()).status()).as("nothing left to withdraw").isEqualTo(409);

        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), Topics.CAREER)) {
            var records = probe.pollUntil(seen -> seen.stream().filter(r -> participant.id().equals(r.key())).count() == 2,
                    Duration.ofSeconds(30)).stream().filter(r -> participant.id().equals(r.key())).toList();
            assertThat(records).extracting(r -> TopicProbe.header(r, "ce_type")).containsExactly(
                    "org.ascend.cohort.career-consent-given.v1", "org.ascend.cohort.career-consent-withdrawn.v1");
            records.forEach(r -> {
                String type = TopicProbe.header(r, "ce_type");
                assertThat(EventContracts.validate(type, r.value())).as(type).isEmpty();
                assertThat(new String(r.value())).doesNotContain("Patel", "nhs.example");
            });
        }
    }

    /** Tracking runs its years from the day the participant completes: consenting earlier is re-dated then, and restated. */
    @Test
    void completingWhileConsentingRedatesTrackingFromTheDayOfCompletion() {
        var manager = as("programme-manager");
        var participant = enrolled(manager, anonymous, List.of("RWE")).participants().get(0);
        String path = "/api/cohorts/participants/" + participant.id() + "/career-consent";
        assertThat(participant.applicant().put(path, CONSENT).body().path("completedOn").isNull()).isTrue();

        CohortTestSupport.completed(manager, participant.id());

        var consent = participant.applicant().get(path);
        assertThat(consent.text("completedOn")).isEqualTo(LocalDate.now().toString());
        assertThat(LocalDate.parse(consent.text("trackUntil"))).isEqualTo(LocalDate.now().plusYears(3));
        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), Topics.CAREER)) {
            var given = probe.pollUntil(seen -> seen.stream().filter(r -> participant.id().equals(r.key())).count() == 2,
                    Duration.ofSeconds(30)).stream().filter(r -> participant.id().equals(r.key())).toList();
            assertThat(new String(given.get(1).value())).contains("\"completedOn\":\"" + LocalDate.now() + "\"");
            assertThat(EventContracts.validate("org.ascend.cohort.career-consent-given.v1", given.get(1).value())).isEmpty();
        }
    }

    @Test
    void badConsentIsAProblemAndChangesNothing() {
        var participant = enrolled(as("programme-manager"), anonymous, List.of("RX1")).participants().get(0);
        String path = "/api/cohorts/participants/" + participant.id() + "/career-consent";

        var tooLong = participant.applicant().put(path, Map.of("trackForYears", 25, "shareInAlumniDirectory", true,
                "shareInTalentPool", true));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.contentType()).startsWith("application/problem+json");
        assertThat(tooLong.body().toString()).contains("trackForYears");
        assertThat(participant.applicant().put(path, Map.of("trackForYears", 3)).status()).as("the sharing choices are required")
                .isEqualTo(400);
        assertThat(participant.applicant().get(path).status()).as("nothing recorded").isEqualTo(404);
        assertThat(participant.applicant().send("DELETE", path, Map.of()).status()).as("no consent to withdraw").isEqualTo(409);
    }
}
