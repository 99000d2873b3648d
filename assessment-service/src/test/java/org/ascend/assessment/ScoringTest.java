package org.ascend.assessment;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ascend.platform.test.Http;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import static org.ascend.assessment.AssessmentTestSupport.addAssessor;
import static org.ascend.assessment.AssessmentTestSupport.allocate;
import static org.ascend.assessment.AssessmentTestSupport.assessor;
import static org.ascend.assessment.AssessmentTestSupport.siftStage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Issue 5, item 6: scores with evidence, locked on submission, hidden from co-assessors until all have submitted. */
class ScoringTest extends ServiceIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void scoresAreIndependentUntilEveryAssessorHasSubmitted() {
        Http manager = as("programme-manager");
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> pool = List.of("scorer-x-" + run, "scorer-y-" + run);
        pool.forEach(s -> addAssessor(anonymous, manager, s, "RX9", List.of()));
        String intakeId = UUID.randomUUID().toString();
        siftStage(manager, intakeId, 2);
        var allocated = allocate(jdbc, manager, intakeId, List.of(UUID.randomUUID().toString())).path("allocated");
        assertThat(allocated.size()).isEqualTo(2);

        Http x = assessor(anonymous, allocated.get(0).path("assessor").asString());
        Http y = assessor(anonymous, allocated.get(1).path("assessor").asString());
        String xScores = "/api/assessment/allocations/" + allocated.get(0).path("id").asString() + "/scores";
        String yScores = "/api/assessment/allocations/" + allocated.get(1).path("id").asString() + "/scores";
        String caseId = allocated.get(0).path("caseId").asString();

        var draft = x.put(xScores, Map.of("scores", Map.of("vision", score(3, "Set a three-year workforce plan"))));
        assertThat(draft.status()).as(draft.body().toString()).isEqualTo(200);
        assertThat(draft.body().path("mine").path("weightedScore").isNull()).as("incomplete: no weighted score yet").isTrue();
        assertThat(draft.text("othersNote")).contains("Hidden until all 2 assessors have submitted (0 so far)");

        assertField(x.put(xScores, Map.of("scores", Map.of("vision", score(7, "Off the scale")))), "scores.vision", "1-5");
        assertField(x.put(xScores, Map.of("scores", Map.of("charisma", score(3, "Not a criterion")))), "scores.charisma",
                "is not a criterion");
        assertField(x.post(xScores + "/submit", ""), "scores.team", "needs a score and the evidence");
        assertThat(x.get(xScores).body().path("mine").path("scores").path("vision").path("score").asInt())
                .as("refused input changed nothing").isEqualTo(3);

        x.put(xScores, Map.of("scores", Map.of("vision", score(3, "Set a three-year workforce plan"),
                "team", score(4, "Rebuilt a team after a merger"))));
        var submitted = x.post(xScores + "/submit", "");
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);
        assertThat(submitted.body().path("mine").path("weightedScore").asDouble()).isCloseTo(3 * 0.6 + 4 * 0.4, within(1e-9));
        assertThat(x.put(xScores, Map.of("scores", Map.of("vision", score(5, "Second thoughts")))).text("type"))
                .isEqualTo("urn:ascend:problem:scores-locked");
        assertThat(x.post(xScores + "/submit", "").status()).isEqualTo(409);

        var beforeY = y.get(yScores);
        assertThat(beforeY.body().path("othersVisible").asBoolean()).isFalse();
        assertThat(beforeY.body().path("others").size()).isZero();
        assertThat(beforeY.body().toString()).as("x's scores stay hidden from y").doesNotContain("workforce plan");
        assertThat(x.get(xScores).body().path("others").size()).isZero();

        // Within the stage's tolerance of 1 on every criterion, so no further assessor joins.
        y.put(yScores, Map.of("scores", Map.of("vision", score(3, "A clear plan"), "team", score(3, "Some"))));
        y.post(yScores + "/submit", "");
        JsonNode afterAll = x.get(xScores).body();
        assertThat(afterAll.path("othersVisible").asBoolean()).isTrue();
        assertThat(afterAll.path("others").get(0).path("scores").path("team").path("score").asInt()).isEqualTo(3);
        assertThat(afterAll.toString()).as("co-assessors stay nameless").doesNotContain(pool.get(0), pool.get(1));

        var caseScores = manager.get("/api/assessment/cases/" + caseId + "/scores").body();
        assertThat(caseScores.path("submitted").asInt()).isEqualTo(2);
        assertThat(caseScores.path("spread").asDouble()).isCloseTo(3.4 - 3.0, within(1e-9));

        assertThat(assessor(anonymous, "someone-else-" + run).get(xScores).status()).isEqualTo(404);
        assertThat(as("applicant").get(xScores).status()).isEqualTo(403);
        assertThat(as("assessor").get("/api/assessment/cases/" + caseId + "/scores").status()).isEqualTo(403);
    }

    @Test
    void aWithdrawnOrErasedApplicantLeavesEveryAssessorsList() {
        Http manager = as("programme-manager");
        String subject = "leaver-" + UUID.randomUUID();
        addAssessor(anonymous, manager, subject, "RZ1", List.of());
        addAssessor(anonymous, manager, "leaver-" + UUID.randomUUID(), "RZ2", List.of());
        String intakeId = UUID.randomUUID().toString();
        siftStage(manager, intakeId, 2);
        String withdrawing = UUID.randomUUID().toString();
        String erased = UUID.randomUUID().toString();
        allocate(jdbc, manager, intakeId, List.of(withdrawing, erased));
        List<JsonNode> allocations = AssessmentTestSupport.panel(manager, intakeId);
        assertThat(allocations).hasSize(4);

        AssessmentTestSupport.withdraw(withdrawing, intakeId);
        AssessmentTestSupport.erase(erased);
        org.awaitility.Awaitility.await("both cases close").atMost(java.time.Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> manager.get("/api/assessment/cases?intakeId=" + intakeId), r -> r.body().findValuesAsString("status").stream().allMatch(s -> s.equals("WITHDRAWN") || s.equals("ERASED")));
        for (JsonNode allocation : allocations) {
            Http assessor = assessor(anonymous, allocation.path("assessor").asString());
            assertThat(assessor.get("/api/assessment/allocations/mine").body().findValuesAsString("applicationId"))
                    .doesNotContain(withdrawing, erased);
            var refused = assessor.put("/api/assessment/allocations/" + allocation.path("id").asString() + "/scores",
                    Map.of("scores", Map.of("vision", score(3, "Too late"))));
            assertThat(refused.text("type")).isEqualTo("urn:ascend:problem:applicant-left");
        }
    }

    private static Map<String, Object> score(int score, String evidence) {
        return Map.of("score", score, "evidence", evidence);
    }

    private static void assertField(Http.Response response, String field, String message) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
        assertThat(response.body().path("errors").toString()).contains(field, message);
    }
}
