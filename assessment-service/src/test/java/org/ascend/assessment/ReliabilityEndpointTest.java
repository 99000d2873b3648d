package org.ascend.assessment;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.ascend.assessment.reliability.ReliabilityPublication;
import org.ascend.platform.test.EventContracts;
import org.ascend.platform.test.Http;
import org.ascend.platform.test.TestInfrastructure;
import org.ascend.platform.test.TopicProbe;
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

    @Autowired
    ReliabilityPublication publication;

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

        // The same figures leave for reporting, coalesced and without the assessors: once, then not again unchanged.
        publication.onSchedule(); // as the scheduler calls it
        assertThat(publication.publishPending()).as("nothing changed since").isZero();
        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), Topics.RELIABILITY)) {
            String key = intakeId + "/SIFT";
            var records = probe.pollUntil(seen -> seen.stream().anyMatch(r -> key.equals(r.key())), Duration.ofSeconds(30));
            assertThat(records).filteredOn(r -> key.equals(r.key())).singleElement().satisfies(r -> {
                assertThat(EventContracts.validate("org.ascend.assessment.stage-reliability-updated.v1", r.value())).isEmpty();
                assertThat(TopicProbe.header(r, "ce_aggregateversion")).isEqualTo("1");
                String text = new String(r.value());
                assertThat(text).contains("\"sheets\":6", "\"alphaBand\":\"GOOD\"");
                figures.path("assessors").findValuesAsString("assessor").forEach(assessor -> assertThat(text).doesNotContain(assessor));
            });
        }
    }

    @Test
    void aPanelWorseThanChanceStillGetsAnAnswerAndIsCalledPoor() {
        Http manager = as("programme-manager");
        addPool(anonymous, manager, "opposed", "RO", 2);
        String intakeId = UUID.randomUUID().toString();
        siftStage(manager, intakeId, 2);
        List<String> applications = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        allocate(jdbc, manager, intakeId, applications);
        // Both cases before the same two assessors (the shared pool may have chosen others): the panel ICC needs it.
        List<JsonNode> allocations = panel(manager, intakeId);
        List<String> assessors = allocations.stream().filter(a -> a.path("applicationId").asString().equals(applications.get(0)))
                .map(a -> a.path("assessor").asString()).sorted().toList();
        for (String application : applications.subList(1, 2)) {
            List<String> ids = allocations.stream().filter(a -> a.path("applicationId").asString().equals(application))
                    .map(a -> a.path("id").asString()).sorted().toList();
            for (int i = 0; i < 2; i++) {
                jdbc.sql("UPDATE allocation SET assessor_subject = :s WHERE id = CAST(:id AS uuid)").param("s", assessors.get(i))
                        .param("id", ids.get(i)).update();
            }
        }
        // vision: [[1,5],[3,3]] (no interval exists); team: [[2,3],[3,2]] (ICC(2,k) would be 2, "excellent").
        int[][][] scores = {{{1, 2}, {5, 3}}, {{3, 3}, {3, 2}}};
        for (JsonNode allocation : panel(manager, intakeId)) {
            int[] sheet = scores[applications.indexOf(allocation.path("applicationId").asString())]
                    [assessors.indexOf(allocation.path("assessor").asString())];
            score(anonymous, allocation, sheet[0], sheet[1]);
        }

        var response = manager.get("/api/assessment/intakes/" + intakeId + "/stages/SIFT/reliability");
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        JsonNode vision = response.body().path("criteria").get(0);
        JsonNode team = response.body().path("criteria").get(1);
        assertThat(vision.path("icc").path("single").asDouble()).as(vision.toString()).isCloseTo(-1.0, within(1e-9));
        assertThat(vision.path("icc").path("singleInterval").isNull()).isTrue();
        assertThat(team.path("icc").path("single").isNull()).as(team.toString()).isTrue();
        assertThat(team.path("icc").path("aboveChance").asBoolean()).isFalse();
        assertThat(List.of(vision.path("iccBand").asString(), team.path("iccBand").asString())).containsOnly("POOR");
    }
}
