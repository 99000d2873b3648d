package org.ascend.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.ascend.platform.test.Http;
import org.awaitility.Awaitility;
import org.ascend.e2e.SiftThroughTheGateway.Allocated;

/**
 * Assessors at work through a fault (docs/reliability.md): they open the blind packs of an intake's sift and score
 * them while recruitment, which serves the packs, is down. A pack opened before comes from assessment's copy marked
 * stale; one never opened is a 503 that says to try again; scoring goes on regardless, since it is assessment's own.
 * Anything else is written down as unexpected.
 */
final class AssessorsAtWork {

    private final String intakeId;
    private final List<Allocated> allocations = new ArrayList<>();
    /** Applications whose pack assessment has fetched (its copy is per application, whichever assessor opened it). */
    private final Set<String> fetched = new HashSet<>();
    private final Set<String> submitted = new HashSet<>();
    int staleServed;
    int unavailable;
    /** From recruitment being ready again until every pack opened fresh (assessment's circuit stays open 30 s). */
    Duration freshAgainAfter;
    final List<String> unexpected = new ArrayList<>();

    private AssessorsAtWork(String intakeId) {
        this.intakeId = intakeId;
    }

    /** Sets up and allocates the intake's sift once it has {@code cases} pending cases, and opens half the packs. */
    static AssessorsAtWork start(Http gateway, Http manager, String intakeId, int cases) {
        Set<String> caseIds = new HashSet<>(Awaitility.await("pending cases to sift").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> manager.get("/api/assessment/cases?intakeId=" + intakeId).body(),
                        found -> found.findValuesAsString("status").stream().filter("PENDING"::equals).count() >= cases)
                .findValuesAsString("id"));
        SiftThroughTheGateway.allocate(gateway, manager, intakeId);
        AssessorsAtWork work = new AssessorsAtWork(intakeId);
        work.allocations.addAll(SiftThroughTheGateway.allocationsOf(gateway, caseIds));
        // Half the applications' packs are fetched before the fault; the other half never are until it is over.
        List<String> applications = work.allocations.stream().map(Allocated::applicationId).distinct().sorted().toList();
        Set<String> firstHalf = new HashSet<>(applications.subList(0, applications.size() / 2));
        work.allocations.stream().filter(a -> firstHalf.contains(a.applicationId())).forEach(a -> work.open(a, false));
        return work;
    }

    /** While {@code down} holds: every pack opened again and again, and one more sheet scored and submitted each round. */
    void workWhile(BooleanSupplier down) {
        while (down.getAsBoolean()) {
            for (Allocated allocation : allocations) {
                open(allocation, true);
            }
            allocations.stream().filter(a -> !submitted.contains(a.id())).findFirst().ifPresent(this::score);
            PlatformParts.pause(500);
        }
    }

    /**
     * Once recruitment is back: packs may stay stale (or a 503) while assessment's circuit is still open; within a
     * minute every pack opens fresh. Then the rest of the sheets are scored.
     */
    void finish() {
        java.time.Instant back = java.time.Instant.now();
        Awaitility.await("every pack fresh again").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> allocations.stream().allMatch(allocation -> {
                    Http.Response pack = allocation.assessor().get(packPath(allocation));
                    if (pack.status() != 200 && pack.status() != 503) {
                        unexpected.add("after recovery, pack " + pack.status() + ": " + pack.body());
                    }
                    return pack.status() == 200 && !pack.body().path("stale").asBoolean();
                }));
        freshAgainAfter = Duration.between(back, java.time.Instant.now());
        allocations.stream().filter(a -> !submitted.contains(a.id())).forEach(this::score);
    }

    int allocationCount() {
        return allocations.size();
    }

    int submittedCount() {
        return submitted.size();
    }

    /** Submitted score sheets of the intake in assessment's own database. */
    int sheetsInAssessment() {
        return ReadModels.ids(ReadModels.SUBMITTED_SHEETS, intakeId).size();
    }

    private void open(Allocated allocation, boolean recruitmentDown) {
        Http.Response pack = allocation.assessor().get(packPath(allocation));
        boolean fetchedBefore = fetched.contains(allocation.applicationId());
        boolean stale = pack.body().path("stale").asBoolean();
        if (pack.status() == 200 && !stale) {
            fetched.add(allocation.applicationId()); // before the fault, or recruitment already back
        } else if (recruitmentDown && pack.status() == 200 && stale && fetchedBefore) {
            staleServed++;
        } else if (recruitmentDown && pack.status() == 503 && !fetchedBefore
                && pack.contentType().startsWith("application/problem+json")
                && "urn:ascend:problem:recruitment-unavailable".equals(pack.body().path("type").asString())) {
            unavailable++;
        } else {
            unexpected.add("pack " + pack.status() + (fetchedBefore ? " (fetched before)" : " (never fetched)") + ": " + pack.body());
        }
    }

    private void score(Allocated allocation) {
        String path = "/api/assessment/allocations/" + allocation.id() + "/scores";
        Http.Response saved = allocation.assessor().put(path, Map.of("scores", Map.of("vision", Map.of("score", 3,
                "evidence", "Evidence seen in the application"))));
        Http.Response sent = saved.status() == 200 ? allocation.assessor().post(path + "/submit", "") : saved;
        if (sent.status() == 200) {
            submitted.add(allocation.id());
        } else {
            unexpected.add("scoring " + sent.status() + ": " + sent.body());
        }
    }

    private static String packPath(Allocated allocation) {
        return "/api/assessment/allocations/" + allocation.id() + "/pack";
    }
}
