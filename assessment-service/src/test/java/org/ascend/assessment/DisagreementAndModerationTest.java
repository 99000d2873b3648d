package org.ascend.assessment;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ascend.platform.test.Http;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.platform.test.TestIdentity;
import org.ascend.platform.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import static org.ascend.assessment.AssessmentTestSupport.addPool;
import static org.ascend.assessment.AssessmentTestSupport.allocate;
import static org.ascend.assessment.AssessmentTestSupport.assessor;
import static org.ascend.assessment.AssessmentTestSupport.siftStage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Issue 5, item 7: agreement settles a case; disagreement calls another assessor, then a moderator with a rationale. */
class DisagreementAndModerationTest extends ServiceIntegrationTest {

    private static final String RATIONALE = "The evidence of system leadership in the pack is clear but not yet beyond "
            + "the applicant's own trust; the panel agreed 3 for vision and 4 for team.";

    private static final String ALLOCATED = "org.ascend.assessment.allocation-made.v1";
    private static final String SUBMITTED = "org.ascend.assessment.scores-submitted.v1";
    private static final String REQUIRED = "org.ascend.assessment.moderation-required.v1";
    private static final String RESOLVED = "org.ascend.assessment.moderation-resolved.v1";
    private static final String COMPLETED = "org.ascend.assessment.assessment-completed.v1";

    @Autowired
    JdbcClient jdbc;

    @Test
    void scoresWithinToleranceSettleTheCaseAtTheirMean() {
        String intakeId = oneApplicationAllocated();
        List<JsonNode> panel = panel(intakeId);
        score(panel.get(0), 3, 4);
        score(panel.get(1), 4, 4);
        JsonNode settled = caseOf(intakeId);
        assertThat(settled.path("status").asString()).isEqualTo("SCORED");
        assertThat(settled.path("finalScore").asDouble()).isCloseTo((3.4 + 4.0) / 2, within(0.0005));

        var events = AssessmentTestSupport.eventsOf(settled.path("id").asString(), List.of(ALLOCATED, SUBMITTED, COMPLETED));
        assertThat(types(events)).containsSubsequence(ALLOCATED, SUBMITTED, SUBMITTED, COMPLETED).doesNotContain(REQUIRED);
        assertThat(new String(events.get(events.size() - 1).value())).contains("\"AGREEMENT\"", "3.7");
    }

    @Test
    void disagreementCallsAFurtherAssessorThenModerationWithARationale() {
        String intakeId = oneApplicationAllocated();
        List<JsonNode> panel = panel(intakeId);
        score(panel.get(0), 1, 1);
        score(panel.get(1), 5, 5);
        assertThat(caseOf(intakeId).path("status").asString()).isEqualTo("EXTRA_ASSESSOR");

        List<JsonNode> widened = panel(intakeId);
        assertThat(widened).hasSize(3);
        JsonNode third = widened.stream().filter(a -> a.path("reason").asString().contains("further independent assessor"))
                .findFirst().orElseThrow();
        score(third, 3, 3);
        JsonNode needing = caseOf(intakeId);
        assertThat(needing.path("status").asString()).as("still beyond tolerance").isEqualTo("MODERATION_REQUIRED");

        String moderation = "/api/assessment/cases/" + needing.path("id").asString() + "/moderation";
        Http panellist = anonymous.withToken(TestIdentity.token("moderator", c -> c.subject(widened.get(0).path("assessor").asString())));
        assertThat(panellist.post(moderation, Map.of("agreedScores", Map.of("vision", 3, "team", 4), "rationale", RATIONALE))
                .text("type")).isEqualTo("urn:ascend:problem:not-independent");
        Http moderator = anonymous.withToken(TestIdentity.token("moderator", c -> c.subject("moderator-" + UUID.randomUUID())));
        assertThat(moderator.get("/api/assessment/cases/awaiting-moderation").body().findValuesAsString("id"))
                .as("the moderators' work list").contains(needing.path("id").asString());
        assertThat(moderator.post(moderation, Map.of("agreedScores", Map.of("vision", 3, "team", 4), "rationale", "Agreed."))
                .status()).as("a rationale is required").isEqualTo(400);
        assertThat(moderator.post(moderation, Map.of("agreedScores", Map.of("vision", 3), "rationale", RATIONALE))
                .body().path("errors").toString()).contains("agreedScores.team");
        assertThat(caseOf(intakeId).path("status").asString()).as("refusals changed nothing").isEqualTo("MODERATION_REQUIRED");

        var recorded = moderator.post(moderation, Map.of("agreedScores", Map.of("vision", 3, "team", 4), "rationale", RATIONALE));
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(200);
        JsonNode moderated = caseOf(intakeId);
        assertThat(moderated.path("status").asString()).isEqualTo("MODERATED");
        assertThat(moderator.get("/api/assessment/cases/awaiting-moderation").body().findValuesAsString("id"))
                .as("off the work list once moderated").doesNotContain(needing.path("id").asString());
        assertThat(moderated.path("finalScore").asDouble()).isCloseTo(3 * 0.6 + 4 * 0.4, within(0.0005));
        assertThat(as("programme-manager").get(moderation).text("rationale")).isEqualTo(RATIONALE);
        assertThat(moderator.post(moderation, Map.of("agreedScores", Map.of("vision", 3, "team", 4), "rationale", RATIONALE))
                .status()).isEqualTo(409);

        var events = AssessmentTestSupport.eventsOf(needing.path("id").asString(), List.of(ALLOCATED, SUBMITTED, REQUIRED,
                RESOLVED, COMPLETED));
        assertThat(types(events)).containsSubsequence(ALLOCATED, SUBMITTED, SUBMITTED, ALLOCATED, SUBMITTED, REQUIRED, RESOLVED,
                COMPLETED);
        List<Long> versions = events.stream().map(r -> Long.parseLong(TopicProbe.header(r, "ce_aggregateversion"))).toList();
        assertThat(versions).as("each event about the case has a later version").isSorted().doesNotHaveDuplicates();
        String wire = events.stream().map(r -> new String(r.value())).reduce("", String::concat);
        assertThat(wire).as("no assessor, score detail or rationale leaves assessment").doesNotContain("mod-test-", "panel agreed",
                "From the pack");
        assertThat(as("assessor").post(moderation, Map.of("agreedScores", Map.of("vision", 3, "team", 4), "rationale", RATIONALE))
                .status()).isEqualTo(403);
    }

    /** One application with two allocated assessors; the pool has spare declared assessors for a third. */
    private String oneApplicationAllocated() {
        Http manager = as("programme-manager");
        addPool(anonymous, manager, "mod-test", "RX", 3);
        String intakeId = UUID.randomUUID().toString();
        siftStage(manager, intakeId, 2);
        assertThat(allocate(jdbc, manager, intakeId, List.of(UUID.randomUUID().toString())).path("allocated").size())
                .isEqualTo(2);
        return intakeId;
    }

    private List<JsonNode> panel(String intakeId) {
        return AssessmentTestSupport.panel(as("programme-manager"), intakeId);
    }

    private void score(JsonNode allocation, int vision, int team) {
        AssessmentTestSupport.score(anonymous, allocation, vision, team);
    }

    private static List<String> types(List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> events) {
        return events.stream().map(r -> TopicProbe.header(r, "ce_type")).toList();
    }

    private JsonNode caseOf(String intakeId) {
        return as("programme-manager").get("/api/assessment/cases?intakeId=" + intakeId).body().get(0);
    }
}
