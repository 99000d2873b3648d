package org.ascend.platform.test;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls until an asynchronous effect (an event consumed, a publication completed) shows. */
public final class Eventually {

    private static final Duration POLL = Duration.ofMillis(250);

    private Eventually() {
    }

    /** The first value of {@code probe} that satisfies {@code done}; fails with {@code what} on timeout. */
    public static <T> T await(String what, Supplier<T> probe, Predicate<T> done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T value = probe.get();
        while (!done.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting until " + what
                        + "; last seen: " + value);
            }
            pause(POLL);
            value = probe.get();
        }
        return value;
    }

    /** Waits a moment so that a wrongful extra effect (a double count) would have time to show. */
    public static void settle() {
        pause(Duration.ofMillis(500));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
