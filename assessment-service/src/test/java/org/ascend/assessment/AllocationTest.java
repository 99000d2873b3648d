package org.ascend.assessment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.ascend.platform.test.Http;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import static org.ascend.assessment.AssessmentTestSupport.addAssessor;
import static org.ascend.assessment.AssessmentTestSupport.addPool;
import static org.ascend.assessment.AssessmentTestSupport.assessor;
import static org.ascend.assessment.AssessmentTestSupport.awaitReady;
import static org.ascend.assessment.AssessmentTestSupport.erase;
import static org.ascend.assessment.AssessmentTestSupport.siftStage;
import static org.ascend.assessment.AssessmentTestSupport.submit;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 5, item 4 end to end in the service: allocation from real events, conflicts, reasons, recusal. */
class AllocationTest extends ServiceIntegrationTest {


    @Autowired
    JdbcClient jdbc;

    @Test
    void casesGetConflictFreeAssessorsWithReasonsAndARecusalIsReplaced() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> orgOf = Map.of("A", "RR8", "B", "RJ1", "C", "RX1", "D", "RX2", "E", "RX3");
        Map<String, String> subject = new HashMap<>();
        orgOf.keySet().forEach(k -> subject.put(k, "assessor-" + k + "-" + run));
        Http manager = as("programme-manager");
        Map<String, List<Map<String, String>>> declared = Map.of("A", List.of(), "B",
                List.of(Map.of("kind", "PERSONAL", "organisationCode", "RWE")), "C", List.of(), "E", List.of());
        // D never declares, so is never allocated.
        orgOf.forEach((k, org) -> addAssessor(anonymous, manager, subject.get(k), org, declared.get(k)));

        String intakeId = UUID.randomUUID().toString();
        siftStage(manager, intakeId, 2);

        Map<String, String> employerOf = new HashMap<>();
        for (String org : List.of("RR8", "RJ1", "RWE", "RJ1")) {
            String applicationId = UUID.randomUUID().toString();
            employerOf.put(applicationId, org);
            submit(applicationId, intakeId, org);
        }
        awaitReady(jdbc, manager, intakeId, 4);

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
        Http a = assessor(anonymous, subject.get("A"));
        var mine = a.get("/api/assessment/allocations/mine");
        assertThat(mine.body().size()).isPositive();
        assertThat(mine.body().toString()).doesNotContain("RR8", "RJ1", "RWE", "reason");
        // ... and the framework to score with, whose anchored scale they read beside the pack.
        String frameworkId = manager.get("/api/assessment/intakes/" + intakeId + "/stages").body()
                .get(0).path("frameworkId").asString();
        assertThat(mine.body().findValuesAsString("frameworkId")).containsOnly(frameworkId);
        assertThat(a.get("/api/assessment/frameworks/" + frameworkId).status()).isEqualTo(200);

        // Recusal: a reason is required; the replacement is free of conflicts and new to the case.
        String allocationId = mine.body().get(0).path("allocationId").asString();
        String application = mine.body().get(0).path("applicationId").asString();
        String recusal = "/api/assessment/allocations/" + allocationId + "/recusal";
        assertThat(a.post(recusal, Map.of("reason", "know")).status()).isEqualTo(400);
        assertThat(assessor(anonymous, subject.get("C")).post(recusal, Map.of("reason", "Not mine to recuse from")).status()).isEqualTo(404);
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
        erase(erased);
        Awaitility.await("the employer is forgotten").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> jdbc.sql("SELECT count(*) FROM application_employer WHERE application_id = CAST(:a AS uuid)")
                .param("a", erased).query(Long.class).single(), n -> n == 0);
    }

    @Test
    void onlyEligibleApplicationsAreAllocatedAndAnOverrideBringsOneBack() {
        Http manager = as("programme-manager");
        addPool(anonymous, manager, "eligible", "RT", 2);
        String intakeId = UUID.randomUUID().toString();
        siftStage(manager, intakeId, 2);
        String ineligible = UUID.randomUUID().toString();
        submit(ineligible, intakeId, "RR8");
        AssessmentTestSupport.screen(ineligible, intakeId, false, 2);
        awaitReady(jdbc, manager, intakeId, 1);
        String cases = "/api/assessment/cases?intakeId=" + intakeId;
        Awaitility.await("screened out").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> manager.get(cases), r -> r.body().toString().contains("INELIGIBLE"));
        String allocate = "/api/assessment/intakes/" + intakeId + "/stages/SIFT/allocation";
        assertThat(manager.post(allocate, "").body().path("allocated").size()).isZero();

        AssessmentTestSupport.screen(ineligible, intakeId, true, 3); // the programme manager's override
        Awaitility.await("back in").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> manager.get(cases), r -> r.body().toString().contains("PENDING"));
        assertThat(manager.post(allocate, "").body().path("allocated").size()).isEqualTo(2);
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
}
