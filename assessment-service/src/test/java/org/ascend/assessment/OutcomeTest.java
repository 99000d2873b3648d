package org.ascend.assessment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ascend.platform.test.EventContracts;
import org.ascend.platform.test.Http;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.platform.test.TestInfrastructure;
import org.ascend.platform.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import static org.ascend.assessment.AssessmentTestSupport.addPool;
import static org.ascend.assessment.AssessmentTestSupport.allocate;
import static org.ascend.assessment.AssessmentTestSupport.panel;
import static org.ascend.assessment.AssessmentTestSupport.score;
import static org.ascend.assessment.AssessmentTestSupport.siftStage;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 5, item 8: ranking, the programme manager's decision, and the s.159 tie-break only between equal scores. */
class OutcomeTest extends ServiceIntegrationTest {

    private static final String EVIDENCE = "WRES indicator 9: BME staff are under-represented at band 8c and above in "
            + "this region; both candidates scored exactly 3.4 at sift.";
    private static final String DECIDED = "org.ascend.assessment.stage-outcome-decided.v1";

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTieBreakIsAllowedOnlyBetweenEqualScoresAndIsRecordedWithItsEvidence() {
        Http manager = as("programme-manager");
        addPool(anonymous, manager, "outcome", "RY", 3);
        String intakeId = UUID.randomUUID().toString();
        siftStage(manager, intakeId, 2, "TOP_N", 1);
        List<String> applications = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            applications.add(UUID.randomUUID().toString());
        }
        allocate(jdbc, manager, intakeId, applications);
        int[][] scores = {{3, 4}, {3, 4}, {2, 2}};
        for (int i = 0; i < 3; i++) {
            String application = applications.get(i);
            for (JsonNode allocation : panel(manager, intakeId)) {
                if (allocation.path("applicationId").asString().equals(application)) {
                    score(anonymous, allocation, scores[i][0], scores[i][1]);
                }
            }
        }

        JsonNode ranking = manager.get("/api/assessment/intakes/" + intakeId + "/stages/SIFT/ranking").body();
        assertThat(ranking.path("ranked").findValuesAsString("rank")).containsExactly("1", "1", "3");
        assertThat(ranking.path("ranked").findValuesAsString("suggestion"))
                .as("two equal scores across a top-1 boundary: the manager decides").containsExactly("DECIDE", "DECIDE", "NOT_PROGRESS");
        assertThat(ranking.path("unsettledCases").size()).isEqualTo(1);
        String first = caseOf(ranking, 0);
        String second = caseOf(ranking, 1);
        String third = caseOf(ranking, 2);
        String unsettled = ranking.path("unsettledCases").get(0).asString();

        var unequal = manager.post(decision(third), Map.of("decision", "PROGRESS", "tieBreak",
                Map.of("overCaseId", first, "evidence", EVIDENCE)));
        assertThat(unequal.text("type")).isEqualTo("urn:ascend:problem:tie-break-unequal");
        assertThat(manager.post(decision(first), Map.of("decision", "PROGRESS", "tieBreak",
                Map.of("overCaseId", second, "evidence", "Too short"))).status()).isEqualTo(400);
        assertThat(manager.post(decision(unsettled), Map.of("decision", "PROGRESS")).text("type"))
                .isEqualTo("urn:ascend:problem:not-settled");

        var decided = manager.post(decision(first), Map.of("decision", "PROGRESS", "tieBreak",
                Map.of("overCaseId", second, "evidence", EVIDENCE)));
        assertThat(decided.status()).as(decided.body().toString()).isEqualTo(200);
        assertThat(decided.text("status")).isEqualTo("PROGRESSED");
        assertThat(manager.post(decision(first), Map.of("decision", "NOT_PROGRESS")).text("type"))
                .isEqualTo("urn:ascend:problem:already-decided");
        assertThat(manager.post(decision(second), Map.of("decision", "NOT_PROGRESS", "reason", "Tie-break")).status())
                .isEqualTo(200);
        assertThat(jdbc.sql("SELECT tie_break_evidence FROM stage_decision WHERE case_id = CAST(:c AS uuid)")
                .param("c", first).query(String.class).single()).isEqualTo(EVIDENCE);

        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), "ascend.assessment.case.v1")) {
            var event = probe.pollUntil(seen -> seen.stream().anyMatch(r -> first.equals(r.key())
                            && DECIDED.equals(TopicProbe.header(r, "ce_type"))), Duration.ofSeconds(30)).stream()
                    .filter(r -> first.equals(r.key()) && DECIDED.equals(TopicProbe.header(r, "ce_type"))).findFirst().orElseThrow();
            assertThat(EventContracts.validate(DECIDED, event.value())).isEmpty();
            assertThat(new String(event.value())).contains("\"tieBreak\":true", "\"PROGRESS\"").doesNotContain("WRES");
        }
        assertThat(as("assessor").post(decision(third), Map.of("decision", "PROGRESS")).status()).isEqualTo(403);
    }

    @Test
    void progressingAtTheSiftOpensTheApplicationsCaseAtTheIntakesNextStage() {
        Http manager = as("programme-manager");
        addPool(anonymous, manager, "next-stage", "RN", 2);
        String intakeId = UUID.randomUUID().toString();
        siftStage(manager, intakeId, 2);
        JsonNode sift = manager.get("/api/assessment/intakes/" + intakeId + "/stages").body().get(0);
        assertThat(manager.put("/api/assessment/intakes/" + intakeId + "/stages", Map.of("stages", List.of(
                Map.of("stage", "SIFT", "frameworkId", sift.path("frameworkId").asString(), "assessorsPerApplication", 2,
                        "tolerance", 1, "passRule", "MANUAL"),
                Map.of("stage", "INTERVIEW", "frameworkId", sift.path("frameworkId").asString(), "assessorsPerApplication", 2,
                        "tolerance", 1, "passRule", "MANUAL")))).status()).isEqualTo(200);
        List<String> applications = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        allocate(jdbc, manager, intakeId, applications);
        panel(manager, intakeId).forEach(allocation -> score(anonymous, allocation, 4, 4));
        JsonNode ranked = manager.get("/api/assessment/intakes/" + intakeId + "/stages/SIFT/ranking").body().path("ranked");
        assertThat(manager.post(decision(caseOf(ranked.get(0))), Map.of("decision", "PROGRESS")).status()).isEqualTo(200);
        assertThat(manager.post(decision(caseOf(ranked.get(1))), Map.of("decision", "NOT_PROGRESS")).status()).isEqualTo(200);

        JsonNode cases = manager.get("/api/assessment/cases?intakeId=" + intakeId).body();
        List<JsonNode> interviews = new ArrayList<>();
        cases.forEach(c -> {
            if ("INTERVIEW".equals(c.path("stage").asString())) {
                interviews.add(c);
            }
        });
        assertThat(interviews).as("only the one who progressed").singleElement().satisfies(c -> {
            assertThat(c.path("applicationId").asString()).isEqualTo(ranked.get(0).path("applicationId").asString());
            assertThat(c.path("status").asString()).isEqualTo("PENDING");
        });
        var allocated = manager.post("/api/assessment/intakes/" + intakeId + "/stages/INTERVIEW/allocation", "");
        assertThat(allocated.status()).as(allocated.body().toString()).isEqualTo(200);
        assertThat(panel(manager, intakeId).stream().filter(a -> "INTERVIEW".equals(a.path("stage").asString()))).hasSize(2);
    }

    private static String caseOf(JsonNode entry) {
        return entry.path("caseId").asString();
    }

    private static String caseOf(JsonNode ranking, int index) {
        return ranking.path("ranked").get(index).path("caseId").asString();
    }

    private static String decision(String caseId) {
        return "/api/assessment/cases/" + caseId + "/decision";
    }
}
