package org.ascend.assessment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ascend.platform.test.CloudEventRecords;
import org.ascend.platform.test.Eventually;
import org.ascend.platform.test.Http;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.platform.test.TestIdentity;
import org.ascend.platform.test.TestInfrastructure;
import org.ascend.platform.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 5, item 4 end to end in the service: allocation from real events, conflicts, reasons, recusal. */
class AllocationTest extends ServiceIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    @Test
    void casesGetConflictFreeAssessorsWithReasonsAndARecusalIsReplaced() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> orgOf = Map.of("A", "RR8", "B", "RJ1", "C", "RX1", "D", "RX2", "E", "RX3");
        Map<String, String> subject = new HashMap<>();
        orgOf.keySet().forEach(k -> subject.put(k, "assessor-" + k + "-" + run));
        orgOf.forEach((k, org) -> assertThat(as("programme-manager").post("/api/assessment/assessors",
                Map.of("subject", subject.get(k), "displayName", "Assessor " + k, "organisationCode", org)).status()).isEqualTo(201));
        declare(subject.get("A"), List.of());
        declare(subject.get("B"), List.of(Map.of("kind", "PERSONAL", "organisationCode", "RWE")));
        declare(subject.get("C"), List.of());
        declare(subject.get("E"), List.of());
        // D never declares, so is never allocated.

        String intakeId = UUID.randomUUID().toString();
        String framework = as("programme-manager").post("/api/assessment/frameworks", Map.of("name", "Alloc " + run,
                "scale", Map.of("min", 1, "max", 3), "criteria", List.of(Map.of("id", "vision", "name", "Vision",
                        "weightPercent", 100, "anchors", Map.of("1", "None", "2", "Some", "3", "Strong"))))).text("id");
        as("programme-manager").put("/api/assessment/intakes/" + intakeId + "/stages", Map.of("stages", List.of(Map.of(
                "stage", "SIFT", "frameworkId", framework, "assessorsPerApplication", 2, "tolerance", 1, "passRule", "MANUAL"))));

        Map<String, String> employerOf = new HashMap<>();
        for (String org : List.of("RR8", "RJ1", "RWE", "RJ1")) {
            String applicationId = UUID.randomUUID().toString();
            employerOf.put(applicationId, org);
            submit(applicationId, intakeId, org);
        }
        Eventually.await("cases and employers arrive", () -> jdbc.sql(
                "SELECT count(*) FROM application_employer WHERE intake_id = CAST(:i AS uuid)").param("i", intakeId)
                .query(Long.class).single(), n -> n == 4, Duration.ofSeconds(30));
        Eventually.await("cases open", () -> as("programme-manager").get("/api/assessment/cases?intakeId=" + intakeId),
                r -> r.body().size() == 4, Duration.ofSeconds(30));

        String allocate = "/api/assessment/intakes/" + intakeId + "/stages/SIFT/allocation";
        var outcome = as("programme-manager").post(allocate, "");
        assertThat(outcome.status()).as(outcome.body().toString()).isEqualTo(200);
        assertThat(outcome.body().path("unallocated").size()).isZero();
        assertThat(outcome.body().path("excludedAssessors").toString()).contains(subject.get("D"), "not declared");
        Map<String, Set<String>> assessorsOf = new HashMap<>();
        for (JsonNode a : outcome.body().path("allocated")) {
            assessorsOf.computeIfAbsent(a.path("applicationId").asString(), k -> new HashSet<>()).add(a.path("assessor").asString());
            assertThat(a.path("reason").asString()).contains("no conflict of interest", "eligible assessors");
        }
        assertThat(assessorsOf).hasSize(4);
        assessorsOf.forEach((application, assessors) -> {
            assertThat(assessors).hasSize(2).doesNotContain(subject.get("D"));
            String employer = employerOf.get(application);
            orgOf.forEach((k, org) -> {
                if (org.equals(employer) || (k.equals("B") && employer.equals("RWE"))) {
                    assertThat(assessors).as("conflicted %s on %s", k, employer).doesNotContain(subject.get(k));
                }
            });
        });
        assertThat(as("programme-manager").post(allocate, "").body().path("allocated").size())
                .as("allocated cases are not allocated again").isZero();
        assertThat(as("programme-manager").get("/api/assessment/cases?intakeId=" + intakeId).body().findValuesAsString("status"))
                .containsOnly("ALLOCATED");

        // An assessor sees their allocations and nothing of the applicant's employer.
        Http a = assessor(subject.get("A"));
        var mine = a.get("/api/assessment/allocations/mine");
        assertThat(mine.body().size()).isPositive();
        assertThat(mine.body().toString()).doesNotContain("RR8", "RJ1", "RWE", "reason");

        // Recusal: a reason is required; the replacement is free of conflicts and new to the case.
        String allocationId = mine.body().get(0).path("allocationId").asString();
        String application = mine.body().get(0).path("applicationId").asString();
        String recusal = "/api/assessment/allocations/" + allocationId + "/recusal";
        assertThat(a.post(recusal, Map.of("reason", "know")).status()).isEqualTo(400);
        assertThat(assessor(subject.get("C")).post(recusal, Map.of("reason", "Not mine to recuse from")).status()).isEqualTo(404);
        var recused = a.post(recusal, Map.of("reason", "I mentored this applicant last year"));
        assertThat(recused.status()).as(recused.body().toString()).isEqualTo(200);
        assertThat(recused.body().toString()).doesNotContain("assessor-");
        assertThat(a.post(recusal, Map.of("reason", "I mentored this applicant last year")).status()).isEqualTo(409);
        List<String> now = new ArrayList<>();
        for (JsonNode x : as("programme-manager").get("/api/assessment/intakes/" + intakeId + "/allocations").body()) {
            if (x.path("applicationId").asString().equals(application) && x.path("recusedAt").isNull()) {
                now.add(x.path("assessor").asString());
            }
        }
        if (recused.body().path("reallocated").asBoolean()) {
            assertThat(now).hasSize(2).doesNotContain(subject.get("A"));
        } else {
            assertThat(now).hasSize(1);
        }

        // Erasure: the allocator forgets the applicant's employer.
        String erased = employerOf.keySet().iterator().next();
        TopicProbe.send(TestInfrastructure.kafka(), CloudEventRecords.binary("ascend.recruitment.applicant.v1", UUID.randomUUID().toString(),
                "org.ascend.recruitment.applicant-erased.v1", JSON.writeValueAsBytes(Map.of("erasureId", UUID.randomUUID().toString(),
                        "applicationIds", List.of(erased), "reason", "ERASURE_REQUEST"))));
        Eventually.await("the employer is forgotten", () -> jdbc.sql("SELECT count(*) FROM application_employer WHERE application_id = CAST(:a AS uuid)")
                .param("a", erased).query(Long.class).single(), n -> n == 0, Duration.ofSeconds(30));
    }

    @Test
    void allocationNeedsTheStageAndTheRightRole() {
        String allocate = "/api/assessment/intakes/" + UUID.randomUUID() + "/stages/SIFT/allocation";
        var missing = as("programme-manager").post(allocate, "");
        assertThat(missing.status()).isEqualTo(409);
        assertThat(missing.text("detail")).contains("/stages");
        assertThat(as("programme-manager").post("/api/assessment/intakes/" + UUID.randomUUID() + "/stages/LUNCH/allocation", "")
                .status()).isEqualTo(400);
        assertThat(as("assessor").post(allocate, "").status()).isEqualTo(403);
        assertThat(as("applicant").get("/api/assessment/allocations/mine").status()).isEqualTo(403);
    }

    private Http assessor(String subject) {
        return anonymous.withToken(TestIdentity.token("assessor", c -> c.subject(subject)));
    }

    private void declare(String subject, List<Map<String, String>> conflicts) {
        assertThat(assessor(subject).put("/api/assessment/assessors/me/declaration", Map.of("conflicts", conflicts)).status())
                .isEqualTo(200);
    }

    private static void submit(String applicationId, String intakeId, String organisationCode) {
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
}
