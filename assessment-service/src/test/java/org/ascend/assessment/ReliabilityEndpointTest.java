package org.ascend.assessment;

import java.util.List;
import java.util.UUID;

import org.ascend.platform.test.Http;
import org.ascend.platform.test.ServiceIntegrationTest;
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
import static org.assertj.core.api.Assertions.within;

/** Issue 5, item 9 in the service: a stage's reliability from its submitted scores, with docs/domain.md's bands. */
class ReliabilityEndpointTest extends ServiceIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void assessorsWhoAgreeOnEveryCaseAreReliableAndNeitherSevereNorLenient() {
        Http manager = as("programme-manager");
        addPool(anonymous, manager, "reliable", "RV", 2);
        String intakeId = UUID.randomUUID().toString();
        siftStage(manager, intakeId, 2);
        int[][] agreed = {{1, 2}, {3, 3}, {5, 4}};
        List<String> applications = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString());
        allocate(jdbc, manager, intakeId, applications);
        for (JsonNode allocation : panel(manager, intakeId)) {
            int[] scores = agreed[applications.indexOf(allocation.path("applicationId").asString())];
            score(anonymous, allocation, scores[0], scores[1]);
        }

        JsonNode figures = manager.get("/api/assessment/intakes/" + intakeId + "/stages/SIFT/reliability").body();
        assertThat(figures.path("cases").asInt()).isEqualTo(3);
        assertThat(figures.path("sheets").asInt()).isEqualTo(6);
        assertThat(figures.path("criteria").findValuesAsString("criterion")).containsExactly("vision", "team");
        for (JsonNode f : List.of(figures.path("criteria").get(0), figures.path("criteria").get(1), figures.path("weighted"))) {
            assertThat(f.path("alphaOrdinal").asDouble()).as(f.toString()).isCloseTo(1.0, within(1e-9));
            assertThat(f.path("alphaInterval").asDouble()).isCloseTo(1.0, within(1e-9));
            assertThat(f.path("alphaBand").asString()).isEqualTo("GOOD");
        }
        assertThat(figures.path("assessors").findValuesAsString("meanDeviation")).allMatch(d -> Double.parseDouble(d) == 0.0);
        assertThat(as("assessor").get("/api/assessment/intakes/" + intakeId + "/stages/SIFT/reliability").status()).isEqualTo(403);
        assertThat(manager.get("/api/assessment/intakes/" + intakeId + "/stages/INTERVIEW/reliability").status()).isEqualTo(404);
    }
}
