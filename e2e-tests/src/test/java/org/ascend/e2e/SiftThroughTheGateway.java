package org.ascend.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

import org.ascend.platform.test.Http;
import org.awaitility.Awaitility;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An intake's sift, for real, through the gateway: a one-criterion framework, a manual-pass SIFT stage, the demo's
 * assessors in the pool, allocation, every allocated assessor scoring on their own, then the programme manager's
 * decisions. Used by the end-to-end tests that need an assessment outcome.
 */
final class SiftThroughTheGateway {

    /** Everyone who may be in the pool (the demo's assessors, and those other tests add): whoever is allocated scores. */
    static final List<String> ASSESSORS = List.of("assessor-2", "assessor-3", "assessor-4", "assessor-5", "assessor", "moderator");

    private SiftThroughTheGateway() {
    }

    /**
     * Sifts the applications (all submitted to the intake): {@code scoreOf} gives each its score (1-5) from every
     * assessor; {@code progresses} says who goes on. {@code settled}: how many cases will have a score (the eligible
     * ones). Returns the ranking.
     */
    static JsonNode sift(Http gateway, Http manager, String intakeId, List<String> applications, int settled,
            ToIntFunction<String> scoreOf, Predicate<String> progresses) {
        JsonNode ranked = scored(gateway, manager, intakeId, applications, settled, scoreOf);
        for (JsonNode entry : ranked) {
            var decided = manager.post("/api/assessment/cases/" + entry.path("caseId").asString() + "/decision",
                    Map.of("decision", progresses.test(entry.path("applicationId").asString()) ? "PROGRESS" : "NOT_PROGRESS"));
            assertThat(decided.status()).as(decided.body().toString()).isEqualTo(200);
        }
        return ranked;
    }

    /** The sift up to its ranking: allocated, and every allocated assessor's scores submitted; nothing decided yet. */
    static JsonNode scored(Http gateway, Http manager, String intakeId, List<String> applications, int settled,
            ToIntFunction<String> scoreOf) {
        Awaitility.await("assessment opens a case per application, the eligible ones pending").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250)).until(() -> manager.get("/api/assessment/cases?intakeId=" + intakeId).body(),
                        cases -> cases.size() == applications.size()
                                && cases.findValuesAsString("status").stream().filter("PENDING"::equals).count() == settled);
        allocate(gateway, manager, intakeId);
        for (Allocated allocation : allocationsOf(gateway)) {
            if (applications.contains(allocation.applicationId())) {
                String path = "/api/assessment/allocations/" + allocation.id() + "/scores";
                assertThat(allocation.assessor().put(path, Map.of("scores", Map.of("vision", Map.of("score",
                        scoreOf.applyAsInt(allocation.applicationId()), "evidence", "Evidence seen in the application"))))
                        .status()).isEqualTo(200);
                assertThat(allocation.assessor().post(path + "/submit", "").status()).isEqualTo(200);
            }
        }
        return Awaitility.await("every case settled").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> manager.get("/api/assessment/intakes/" + intakeId + "/stages/SIFT/ranking").body(),
                        ranking -> ranking.path("ranked").size() == settled).path("ranked");
    }

    /** One assessor's allocation: its id, its case and application, and a client acting as that assessor. */
    record Allocated(String id, String caseId, String applicationId, Http assessor) {
    }

    /** Every allocation held by the {@link #ASSESSORS} in the pool. */
    static List<Allocated> allocationsOf(Http gateway) {
        List<Allocated> found = new java.util.ArrayList<>();
        for (String name : ASSESSORS) {
            Http assessor = gateway.withToken(LocalPlatform.token(name));
            var mine = assessor.get("/api/assessment/allocations/mine");
            if (mine.status() != 200) {
                continue; // not in the pool
            }
            for (JsonNode allocation : mine.body()) {
                found.add(new Allocated(allocation.path("allocationId").asString(), allocation.path("caseId").asString(),
                        allocation.path("applicationId").asString(), assessor));
            }
        }
        return found;
    }

    /** The allocations of these cases. */
    static List<Allocated> allocationsOf(Http gateway, java.util.Set<String> caseIds) {
        return allocationsOf(gateway).stream().filter(allocation -> caseIds.contains(allocation.caseId())).toList();
    }

    /**
     * The intake's SIFT stage set up and allocated: a one-criterion framework, two of the demo's assessors in the pool
     * (declared free of conflicts), two assessors per pending case.
     */
    static void allocate(Http gateway, Http manager, String intakeId) {
        var framework = manager.post("/api/assessment/frameworks", Map.of("name", "Sift " + UUID.randomUUID(),
                "scale", Map.of("min", 1, "max", 5), "criteria", List.of(Map.of("id", "vision", "name", "Vision",
                        "weightPercent", 100, "anchors", Map.of("1", "None", "2", "Limited", "3", "Clear", "4", "Strong",
                                "5", "Exceptional")))));
        assertThat(framework.status()).as(framework.body().toString()).isEqualTo(201);
        assertThat(manager.put("/api/assessment/intakes/" + intakeId + "/stages", Map.of("stages", List.of(Map.of("stage", "SIFT",
                "frameworkId", framework.text("id"), "assessorsPerApplication", 2, "tolerance", 1, "passRule", "MANUAL"))))
                .status()).isEqualTo(200);
        for (String assessor : ASSESSORS.subList(0, 2)) { // in the pool already when the demo ran: keep their declarations
            var added = manager.post("/api/assessment/assessors", Map.of("subject", assessor, "displayName", "Sift " + assessor,
                    "organisationCode", assessor.equals("assessor-2") ? "RX3" : "RX4"));
            assertThat(added.status()).as(added.body().toString()).isIn(201, 409);
            if (added.status() == 201) {
                assertThat(gateway.withToken(LocalPlatform.token(assessor)).put("/api/assessment/assessors/me/declaration",
                        Map.of("conflicts", List.of())).status()).isEqualTo(200);
            }
        }
        var allocated = manager.post("/api/assessment/intakes/" + intakeId + "/stages/SIFT/allocation", "");
        assertThat(allocated.status()).as(allocated.body().toString()).isEqualTo(200);
    }
}
