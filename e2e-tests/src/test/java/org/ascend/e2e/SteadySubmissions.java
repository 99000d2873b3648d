package org.ascend.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.ascend.platform.test.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A steady stream of application submissions through the gateway, one distinct applicant each, as a careful client
 * sends them: each with its own Idempotency-Key, sent again with the same key after a 503, 504, 429 or a broken
 * connection until it is acknowledged. What was acknowledged is what the platform promised to keep.
 */
final class SteadySubmissions implements AutoCloseable {

    private final Http gateway;
    private final String intakeId;
    private final List<String> applicantTokens;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService clients = Executors.newFixedThreadPool(24);
    private final AtomicInteger next = new AtomicInteger();

    /** Application ids acknowledged (201, or a replay of one). */
    final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    /** When each was acknowledged. */
    final Map<String, Instant> acknowledgedAt = new ConcurrentHashMap<>();
    /** Every answer's status, 0 for a connection that failed, with how often it came. */
    final Map<Integer, AtomicInteger> statuses = new ConcurrentSkipListMap<>();
    /** Submissions given up on (refused as bad, or no answer for three minutes): each a defect. */
    final Set<String> failed = ConcurrentHashMap.newKeySet();
    private final AtomicLong lastAcknowledged = new AtomicLong();

    SteadySubmissions(Http gateway, String intakeId, List<String> applicantTokens) {
        this.gateway = gateway;
        this.intakeId = intakeId;
        this.applicantTokens = applicantTokens;
    }

    /** Starts sending {@code perSecond} new submissions a second, until close or the applicants run out. */
    SteadySubmissions start(int perSecond) {
        ticker.scheduleAtFixedRate(() -> {
            int applicant = next.getAndIncrement();
            if (applicant < applicantTokens.size()) {
                clients.submit(() -> submitUntilAcknowledged(applicantTokens.get(applicant)));
            }
        }, 0, 1000 / perSecond, TimeUnit.MILLISECONDS);
        return this;
    }

    /** A scheme with one intake, open now and for a day, made by the programme manager: somewhere to submit to. */
    static String openIntake(Http gateway, String managerToken, String name) {
        Http manager = gateway.withToken(managerToken);
        var scheme = manager.post("/api/recruitment/schemes",
                Map.of("name", name, "ownerBody", "Ascend test suites", "targetCohortSize", 20));
        assertThat(scheme.status()).as(scheme.body().toString()).isEqualTo(201);
        Instant now = Instant.now();
        var intake = manager.post("/api/recruitment/schemes/" + scheme.text("id") + "/intakes", Map.of("name", name,
                "places", 20, "opensAt", now.minusSeconds(60).toString(), "closesAt", now.plus(Duration.ofDays(1)).toString()));
        assertThat(intake.status()).as(intake.body().toString()).isEqualTo(201);
        assertThat(manager.post("/api/recruitment/intakes/" + intake.text("id") + "/open", "").status()).isEqualTo(200);
        return intake.text("id");
    }

    Instant lastAcknowledgedAt() {
        return Instant.ofEpochMilli(lastAcknowledged.get());
    }

    /** Stops starting new submissions and waits for those under way to be acknowledged or given up. */
    @Override
    public void close() throws InterruptedException {
        ticker.shutdownNow();
        clients.shutdown();
        if (!clients.awaitTermination(UntilAnswered.GIVE_UP_AFTER.toSeconds() + 30, TimeUnit.SECONDS)) {
            throw new AssertionError("submissions still unanswered after " + UntilAnswered.GIVE_UP_AFTER);
        }
    }

    private void submitUntilAcknowledged(String token) {
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        Map<String, Object> application = Map.of("applicantEmail", "fault-" + UUID.randomUUID() + "@nhs.example",
                "givenName", "Fault", "familyName", "Suite", "regionCode", "Y63", "band", "8c",
                "organisationCode", "RR8", "organisationType", "ACUTE_TRUST",
                "profession", "HR_AND_ORGANISATIONAL_DEVELOPMENT", "currentRole", "Deputy Director of People");
        Http applicant = gateway.withToken(token);
        Http.Response response = UntilAnswered.send(
                () -> applicant.post("/api/recruitment/intakes/" + intakeId + "/applications", application, key), statuses);
        if (response == null) {
            failed.add("no acknowledgement within " + UntilAnswered.GIVE_UP_AFTER);
        } else if (response.status() == 201) {
            Instant now = Instant.now();
            acknowledgedAt.put(response.text("id"), now);
            acknowledged.add(response.text("id"));
            lastAcknowledged.set(now.toEpochMilli());
        } else {
            failed.add(response.status() + " " + response.body());
        }
    }
}
