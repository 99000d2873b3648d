package org.ascend.platform.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The time by which the request in hand must be finished (docs/reliability.md, "Deadlines"). The gateway gives up on
 * a call after its own time limit and tells the service, in {@link #HEADER}, how long it may take; past that the
 * service commits nothing, so a caller the gateway has answered never finds a change made behind its back.
 */
public final class RequestDeadline {

    /** Milliseconds the caller will wait for this request, counted from its arrival. */
    public static final String HEADER = "Ascend-Time-Budget-Ms";

    private static final ThreadLocal<Instant> CURRENT = new ThreadLocal<>();

    private RequestDeadline() {
    }

    public static Optional<Instant> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** What is left of the budget (zero or negative once it is spent); empty outside a request. */
    public static Optional<Duration> remaining() {
        return current().map(deadline -> Duration.between(Instant.now(), deadline));
    }

    /** Set by {@link RequestDeadlineFilter} for the request's thread (and by tests). */
    public static void enter(Instant deadline) {
        CURRENT.set(deadline);
    }

    public static void leave() {
        CURRENT.remove();
    }
}
