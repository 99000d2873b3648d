package org.ascend.e2e;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.ascend.e2e.SiftThroughTheGateway.Allocated;
import org.ascend.platform.test.Http;
import org.awaitility.Awaitility;

/**
 * A steady stream of scoring through the gateway, beside the submissions (docs/reliability.md): assessors save and
 * submit one score sheet after another, each step sent as a careful client sends it ({@link UntilAnswered}). A
 * submission answered 200 is acknowledged, and so is a 409 "scores locked" to a resend (the first send went through
 * but its answer was lost: only this stream scores these allocations). Each acknowledged sheet must be in assessment,
 * submitted, once.
 */
final class SteadyScoring implements AutoCloseable {

    private static final Map<String, Object> SHEET = Map.of("scores", Map.of("vision", Map.of("score", 3,
            "evidence", "Evidence seen in the application")));

    /** What the stream did: sheets acknowledged, what assessment holds of them, the answers met, and the refusals. */
    record Outcome(int acknowledged, ReadModels.Tally tally, Map<Integer, Integer> statuses, List<String> failed) {
    }

    /** Allocations of one intake's sift, made before the faults, each to be scored once by one of the streams. */
    static final class Pool {
        final String intakeId;
        private final Queue<Allocated> unscored;

        private Pool(String intakeId, List<Allocated> allocations) {
            this.intakeId = intakeId;
            this.unscored = new ConcurrentLinkedQueue<>(allocations);
        }

        /** An intake with one application per token, every case allocated to two assessors. */
        static Pool make(Http gateway, String managerToken, List<String> applicantTokens) throws InterruptedException {
            String intakeId = SteadySubmissions.openIntake(gateway, managerToken, "Fault suite: scoring");
            try (var submissions = new SteadySubmissions(gateway, intakeId, applicantTokens).start(10)) {
                Awaitility.await("the scoring intake's applications").atMost(Duration.ofMinutes(2))
                        .pollInterval(Duration.ofMillis(250)).until(() -> submissions.acknowledged.size()
                                + submissions.failed.size() == applicantTokens.size());
            }
            Http manager = gateway.withToken(managerToken);
            Set<String> caseIds = new HashSet<>(Awaitility.await("a pending case per application").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> manager.get("/api/assessment/cases?intakeId=" + intakeId).body(),
                            found -> found.findValuesAsString("status").stream().filter("PENDING"::equals).count()
                                    == applicantTokens.size())
                    .findValuesAsString("id"));
            SiftThroughTheGateway.allocate(gateway, manager, intakeId);
            return new Pool(intakeId, SiftThroughTheGateway.allocationsOf(gateway, caseIds));
        }
    }

    private final Pool pool;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService assessors = Executors.newFixedThreadPool(8);

    /** Allocation ids whose sheet this stream set out to score. */
    final Set<String> attempted = ConcurrentHashMap.newKeySet();
    /** Allocation ids whose submission was acknowledged. */
    final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    /** Every answer's status, 0 for a connection that failed, with how often it came. */
    final Map<Integer, AtomicInteger> statuses = new ConcurrentSkipListMap<>();
    /** Sheets given up on (refused, or no answer for three minutes): each a defect. */
    final Set<String> failed = ConcurrentHashMap.newKeySet();
    private final int atMost;

    /** {@code atMost}: how many of the pool's allocations this stream may take. */
    SteadyScoring(Pool pool, int atMost) {
        this.pool = pool;
        this.atMost = atMost;
    }

    /** Starts scoring {@code perSecond} sheets a second, until close or {@code atMost} sheets (or the pool runs out). */
    SteadyScoring start(int perSecond) {
        ticker.scheduleAtFixedRate(() -> {
            Allocated allocation = attempted.size() < atMost ? pool.unscored.poll() : null;
            if (allocation != null) {
                attempted.add(allocation.id());
                assessors.submit(() -> scoreUntilAcknowledged(allocation));
            }
        }, 0, 1000 / perSecond, TimeUnit.MILLISECONDS);
        return this;
    }

    /** Once closed: what assessment holds of the sheets this stream set out to score, against those acknowledged. */
    Outcome outcome() {
        List<String> submitted = ReadModels.ids(ReadModels.SUBMITTED_SHEETS, pool.intakeId).stream()
                .filter(attempted::contains).toList();
        return new Outcome(acknowledged.size(), ReadModels.tally(submitted, acknowledged), UntilAnswered.counts(statuses),
                List.copyOf(failed));
    }

    /** Stops starting new sheets and waits for those under way to be acknowledged or given up. */
    @Override
    public void close() throws InterruptedException {
        ticker.shutdownNow();
        assessors.shutdown();
        if (!assessors.awaitTermination(2 * UntilAnswered.GIVE_UP_AFTER.toSeconds() + 30, TimeUnit.SECONDS)) {
            throw new AssertionError("score sheets still unanswered after " + 2 * UntilAnswered.GIVE_UP_AFTER.toMinutes() + " minutes");
        }
    }

    private void scoreUntilAcknowledged(Allocated allocation) {
        String path = "/api/assessment/allocations/" + allocation.id() + "/scores";
        Http.Response saved = UntilAnswered.send(() -> allocation.assessor().put(path, SHEET), statuses);
        Http.Response sent = saved == null || saved.status() != 200 ? saved
                : UntilAnswered.send(() -> allocation.assessor().post(path + "/submit", ""), statuses);
        if (sent == null) {
            failed.add(allocation.id() + ": no answer within " + UntilAnswered.GIVE_UP_AFTER);
        } else if (sent.status() == 200 || sent.status() == 409
                && "urn:ascend:problem:scores-locked".equals(sent.body().path("type").asString())) {
            acknowledged.add(allocation.id());
        } else {
            failed.add(allocation.id() + ": " + sent.status() + " " + sent.body());
        }
    }
}
