package org.ascend.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.ascend.platform.test.Http;

/**
 * How the fault suite's careful clients send a request: again, unchanged (same Idempotency-Key, if any), one second
 * after a 503, 504, 429 or a broken connection, until another answer comes or three minutes have passed.
 */
final class UntilAnswered {

    static final Duration GIVE_UP_AFTER = Duration.ofMinutes(3);

    private UntilAnswered() {
    }

    /**
     * The first answer that is not "try again", or null if none came within {@link #GIVE_UP_AFTER}. Every answer's
     * status is counted in {@code statuses} (0 for a connection that failed).
     */
    static Http.Response send(Supplier<Http.Response> request, Map<Integer, AtomicInteger> statuses) {
        Instant giveUp = Instant.now().plus(GIVE_UP_AFTER);
        while (Instant.now().isBefore(giveUp)) {
            Http.Response response = null;
            int status;
            try {
                response = request.get();
                status = response.status();
            } catch (RuntimeException connectionFailed) {
                status = 0;
            }
            statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            if (status != 0 && status != 429 && status != 503 && status != 504) {
                return response;
            }
            PlatformParts.pause(1000);
        }
        return null;
    }

    /** A snapshot of counted statuses. */
    static Map<Integer, Integer> counts(Map<Integer, AtomicInteger> statuses) {
        return statuses.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey,
                entry -> entry.getValue().get()));
    }
}
