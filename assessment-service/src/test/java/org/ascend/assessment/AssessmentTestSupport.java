package org.ascend.assessment;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ascend.platform.test.CloudEventRecords;
import org.awaitility.Awaitility;
import org.ascend.platform.test.Http;
import org.ascend.platform.test.TestIdentity;
import org.ascend.platform.test.TestInfrastructure;
import org.ascend.platform.test.TopicProbe;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The steps allocation and scoring tests share: a pool, a framework and stage, applications arriving as events. */
final class AssessmentTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AssessmentTestSupport() {
    }

    static Http assessor(Http anonymous, String subject) {
        return anonymous.withToken(TestIdentity.token("assessor", c -> c.subject(subject)));
    }

    /** Adds the assessor to the pool; with {@code conflicts} not null, they also declare them. */
    static void addAssessor(Http anonymous, Http manager, String subject, String organisation, List<Map<String, String>> conflicts) {
        assertThat(manager.post("/api/assessment/assessors", Map.of("subject", subject, "displayName", "Assessor " + subject,
                "organisationCode", organisation)).status()).isEqualTo(201);
        if (conflicts != null) {
            assertThat(assessor(anonymous, subject).put("/api/assessment/assessors/me/declaration",
                    Map.of("conflicts", conflicts)).status()).isEqualTo(200);
        }
    }

    /** A two-criterion framework on a 1-5 scale (vision 60 %, team 40 %) and a SIFT stage using it. */
    /** {@code size} declared assessors without conflicts, each in its own organisation ({@code organisationPrefix} + index). */
    static void addPool(Http anonymous, Http manager, String subjectPrefix, String organisationPrefix, int size) {
        for (int i = 0; i < size; i++) {
            addAssessor(anonymous, manager, subjectPrefix + "-" + UUID.randomUUID(), organisationPrefix + i, List.of());
        }
    }

    static void siftStage(Http manager, String intakeId, int assessorsPerApplication) {
        siftStage(manager, intakeId, assessorsPerApplication, "MANUAL", null);
    }

    static void siftStage(Http manager, String intakeId, int assessorsPerApplication, String passRule, Integer passValue) {
        Map<String, String> anchors = Map.of("1", "None", "2", "Limited", "3", "Clear", "4", "Strong", "5", "Exceptional");
        String framework = manager.post("/api/assessment/frameworks", Map.of("name", "Support " + UUID.randomUUID(),
                "scale", Map.of("min", 1, "max", 5), "criteria", List.of(
                        Map.of("id", "vision", "name", "Vision", "weightPercent", 60, "anchors", anchors),
                        Map.of("id", "team", "name", "Team", "weightPercent", 40, "anchors", anchors)))).text("id");
        Map<String, Object> stage = new java.util.HashMap<>(Map.of("stage", "SIFT", "frameworkId", framework,
                "assessorsPerApplication", assessorsPerApplication, "tolerance", 1, "passRule", passRule));
        if (passValue != null) {
            stage.put("passValue", passValue);
        }
        assertThat(manager.put("/api/assessment/intakes/" + intakeId + "/stages", Map.of("stages", List.of(stage))).status())
                .isEqualTo(200);
    }

    /** Recruitment's two events for a submission: the public one and the restricted employer. */
    static void submit(String applicationId, String intakeId, String organisationCode) {
        TopicProbe.send(TestInfrastructure.kafka(), CloudEventRecords.binary("ascend.recruitment.application.v1", applicationId,
                "org.ascend.recruitment.application-submitted.v1", JSON.writeValueAsBytes(Map.of("eventId",
                        UUID.randomUUID().toString(), "applicationId", applicationId, "intakeId", intakeId, "regionCode", "Y62",
                        "band", "8b", "submittedAt", "2026-11-22T10:00:00Z", "aggregateVersion", 1,
                        "occurredAt", "2026-11-22T10:00:00Z"))));
        TopicProbe.send(TestInfrastructure.kafka(), CloudEventRecords.binary("ascend.recruitment.conflict.v1", applicationId,
                "org.ascend.recruitment.applicant-employer-recorded.v1", JSON.writeValueAsBytes(Map.of("eventId",
                        UUID.randomUUID().toString(), "applicationId", applicationId, "intakeId", intakeId,
                        "organisationCode", organisationCode, "aggregateVersion", 1, "occurredAt", "2026-11-22T10:00:00Z"))));
    }

    static void withdraw(String applicationId, String intakeId) {
        TopicProbe.send(TestInfrastructure.kafka(), CloudEventRecords.binary("ascend.recruitment.application.v1", applicationId,
                "org.ascend.recruitment.application-withdrawn.v1", JSON.writeValueAsBytes(Map.of("eventId",
                        UUID.randomUUID().toString(), "applicationId", applicationId, "intakeId", intakeId,
                        "withdrawnAt", "2026-11-22T11:00:00Z", "aggregateVersion", 3, "occurredAt", "2026-11-22T11:00:00Z"))));
    }

    static void screen(String applicationId, String intakeId, boolean eligible, int version) {
        TopicProbe.send(TestInfrastructure.kafka(), CloudEventRecords.binary("ascend.recruitment.application.v1", applicationId,
                "org.ascend.recruitment.application-screened.v1", JSON.writeValueAsBytes(Map.of("eventId",
                        UUID.randomUUID().toString(), "applicationId", applicationId, "intakeId", intakeId, "eligible", eligible,
                        "reasons", eligible ? List.of() : List.of("BAND_BELOW_MINIMUM"), "overridden", version > 2,
                        "aggregateVersion", version, "occurredAt", "2026-11-22T10:00:00Z"))));
    }

    static void erase(String applicationId) {
        TopicProbe.send(TestInfrastructure.kafka(), CloudEventRecords.binary("ascend.recruitment.applicant.v1",
                UUID.randomUUID().toString(), "org.ascend.recruitment.applicant-erased.v1", JSON.writeValueAsBytes(Map.of(
                        "erasureId", UUID.randomUUID().toString(), "applicationIds", List.of(applicationId),
                        "reason", "ERASURE_REQUEST"))));
    }

    /** The intake's active allocations (recusals left out), as the programme team sees them. */
    static java.util.List<tools.jackson.databind.JsonNode> panel(Http manager, String intakeId) {
        java.util.List<tools.jackson.databind.JsonNode> active = new java.util.ArrayList<>();
        manager.get("/api/assessment/intakes/" + intakeId + "/allocations").body().forEach(a -> {
            if (a.path("recusedAt").isNull()) {
                active.add(a);
            }
        });
        return active;
    }

    /** The allocated assessor scores both criteria of the support framework and submits. */
    static void score(Http anonymous, tools.jackson.databind.JsonNode allocation, int vision, int team) {
        Http assessor = assessor(anonymous, allocation.path("assessor").asString());
        String scores = "/api/assessment/allocations/" + allocation.path("id").asString() + "/scores";
        assertThat(assessor.put(scores, Map.of("scores", Map.of("vision", Map.of("score", vision, "evidence", "From the pack"),
                "team", Map.of("score", team, "evidence", "From the pack")))).status()).isEqualTo(200);
        assertThat(assessor.post(scores + "/submit", "").status()).isEqualTo(200);
    }

    /**
     * The case's events on its topic, in order, once each of {@code expected} has appeared; each is
     * checked against its contract in contracts/ on the way.
     */
    static java.util.List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> eventsOf(String caseId,
            java.util.List<String> expected) {
        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), "ascend.assessment.case.v1")) {
            var seen = probe.pollUntil(records -> records.stream().filter(r -> caseId.equals(r.key()))
                    .map(r -> TopicProbe.header(r, "ce_type")).toList().containsAll(expected), Duration.ofSeconds(30));
            var ofCase = seen.stream().filter(r -> caseId.equals(r.key())).toList();
            ofCase.forEach(r -> assertThat(org.ascend.platform.test.EventContracts.validate(TopicProbe.header(r, "ce_type"),
                    r.value())).as(TopicProbe.header(r, "ce_type")).isEmpty());
            return ofCase;
        }
    }

    /**
     * The applications arrive (employer RR8), their cases open, and the intake's SIFT stage (set before)
     * is allocated; returns the allocation outcome.
     */
    static tools.jackson.databind.JsonNode allocate(JdbcClient jdbc, Http manager, String intakeId, List<String> applicationIds) {
        applicationIds.forEach(id -> submit(id, intakeId, "RR8"));
        awaitReady(jdbc, manager, intakeId, applicationIds.size());
        return manager.post("/api/assessment/intakes/" + intakeId + "/stages/SIFT/allocation", "").body();
    }

    /** Waits until the intake's cases are open and their employers known, so allocation can run. */
    static void awaitReady(JdbcClient jdbc, Http manager, String intakeId, int applications) {
        Awaitility.await("employers arrive").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> jdbc.sql(
                "SELECT count(*) FROM application_employer WHERE intake_id = CAST(:i AS uuid)").param("i", intakeId)
                .query(Long.class).single(), n -> n == applications);
        Awaitility.await("cases open").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> manager.get("/api/assessment/cases?intakeId=" + intakeId), r -> r.body().size() == applications);
    }
}
