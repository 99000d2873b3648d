package org.ascend.cohort;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.ascend.platform.test.EventContracts;
import org.ascend.platform.test.Http;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.platform.test.TestInfrastructure;
import org.ascend.platform.test.TopicProbe;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.ascend.cohort.CohortTestSupport.enrolled;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cohort's programme (docs/cohorts.md): sessions, attendance per participant (published as counts only), and
 * completion refused with the rules not met, then allowed.
 */
class ProgrammeTest extends ServiceIntegrationTest {

    @Test
    void completionIsRefusedWithTheRulesNotMetThenAllowed() {
        var manager = as("programme-manager");
        var cohort = enrolled(manager, anonymous, List.of("RJ1", "RR8"));
        String keen = cohort.participants().get(0).id();
        String busy = cohort.participants().get(1).id();
        String first = session(manager, cohort.cohortId(), "MODULE", "Leading the workforce system", 3);
        String second = session(manager, cohort.cohortId(), "ACTION_LEARNING_SET", "Set 1", 2);
        String later = session(manager, cohort.cohortId(), "MASTERCLASS", "Board dynamics", -30);

        assertThat(manager.put("/api/cohorts/sessions/" + later + "/attendance", attendance(keen, "ATTENDED")).status())
                .as("not before it starts").isEqualTo(409);
        assertThat(manager.put("/api/cohorts/sessions/" + first + "/attendance", Map.of("records", List.of(
                Map.of("participantId", keen, "status", "ATTENDED"), Map.of("participantId", busy, "status", "APOLOGIES"))))
                .status()).isEqualTo(200);
        assertThat(manager.put("/api/cohorts/sessions/" + second + "/attendance", Map.of("records", List.of(
                Map.of("participantId", keen, "status", "ATTENDED"), Map.of("participantId", busy, "status", "ATTENDED"))))
                .status()).isEqualTo(200);

        var refused = manager.post("/api/cohorts/participants/" + busy + "/completion", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("detail")).contains("attendance of at least 80 %", "attended 1 of 2 sessions held (50 %)",
                "every development-plan milestone signed off (no milestones in the development plan yet)");
        JsonNode check = cohort.participants().get(1).applicant().get("/api/cohorts/participants/" + busy + "/completion").body();
        assertThat(check.path("allMet").asBoolean()).isFalse();
        assertThat(manager.post("/api/cohorts/participants/" + busy + "/completion", Map.of("override", true, "reason", "short"))
                .status()).as("an override needs a reason").isEqualTo(400);
        assertThat(manager.post("/api/cohorts/participants/" + busy + "/status", Map.of("status", "COMPLETED")).status())
                .as("completion goes through the rules").isEqualTo(400);

        JsonNode plan = manager.post("/api/cohorts/participants/" + keen + "/plan/objectives", Map.of("title", "Lead at board level",
                "milestones", List.of(Map.of("title", "Shadow a board meeting", "dueOn", LocalDate.now().plusDays(20).toString()))))
                .body();
        String milestone = plan.path("objectives").get(0).path("milestones").get(0).path("id").asString();
        assertThat(manager.post("/api/cohorts/participants/" + keen + "/completion", Map.of()).status())
                .as("a milestone not yet signed off").isEqualTo(409);
        assertThat(manager.post("/api/cohorts/milestones/" + milestone + "/sign-off", "").status()).isEqualTo(200);
        assertThat(manager.post("/api/cohorts/participants/" + keen + "/completion", Map.of()).text("status")).isEqualTo("COMPLETED");
        var overridden = manager.post("/api/cohorts/participants/" + busy + "/completion", Map.of("override", true,
                "reason", "Missed one set for a family bereavement; made it up with the facilitator"));
        assertThat(overridden.text("status")).isEqualTo("COMPLETED");
        assertThat(manager.get("/api/cohorts/participants/" + busy + "/history").body().findValuesAsString("reason"))
                .anySatisfy(reason -> assertThat(reason).startsWith("override: Missed one set"));

        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), Topics.SESSION)) {
            var held = probe.pollUntil(seen -> seen.stream().filter(r -> r.key().equals(first) || r.key().equals(second)).count() >= 2,
                    Duration.ofSeconds(30));
            assertThat(held).filteredOn(r -> r.key().equals(first)).singleElement().satisfies(r -> {
                assertThat(EventContracts.validate("org.ascend.cohort.session-held.v1", r.value())).isEmpty();
                assertThat(new String(r.value())).contains("\"attended\":1", "\"apologies\":1").doesNotContain(keen, busy);
            });
        }
    }

    @Test
    void participantsSeeTheirCohortsSessionsAndNobodyElsesAttendance() {
        var manager = as("programme-manager");
        var cohort = enrolled(manager, anonymous, List.of("RWE"));
        String first = session(manager, cohort.cohortId(), "COACHING", "Three-way contracting", 1);
        manager.put("/api/cohorts/sessions/" + first + "/attendance", attendance(cohort.participants().get(0).id(), "ATTENDED"));

        JsonNode sessions = cohort.participants().get(0).applicant().get("/api/cohorts/cohorts/" + cohort.cohortId() + "/sessions").body();
        assertThat(sessions.findValuesAsString("title")).containsExactly("Three-way contracting");
        assertThat(sessions.get(0).path("attendance").size()).as("attendance is the programme team's").isZero();
        assertThat(as("applicant").get("/api/cohorts/cohorts/" + cohort.cohortId() + "/sessions").status()).isEqualTo(404);
        assertThat(manager.post("/api/cohorts/cohorts/" + cohort.cohortId() + "/sessions", Map.of("kind", "MODULE",
                "title", "Nowhere", "startsAt", Instant.now().toString(), "durationMinutes", 60, "facilitator", "A N Other"))
                .status()).as("a place or a link").isEqualTo(400);
    }

    /** A session that started {@code daysAgo} days ago (negative: in the future), held in a Birmingham venue. */
    private static String session(Http manager, String cohortId, String kind, String title, int daysAgo) {
        var response = manager.post("/api/cohorts/cohorts/" + cohortId + "/sessions", Map.of("kind", kind, "title", title,
                "startsAt", Instant.now().minus(daysAgo, ChronoUnit.DAYS).toString(), "durationMinutes", 180,
                "place", "Birmingham, The Studio", "facilitator", "NHS Leadership Academy"));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return response.text("id");
    }

    private static Map<String, Object> attendance(String participantId, String status) {
        return Map.of("records", List.of(Map.of("participantId", participantId, "status", status)));
    }
}
