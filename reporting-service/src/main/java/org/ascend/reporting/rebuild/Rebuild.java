package org.ascend.reporting.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** A rebuild of the read models and how far it has got. */
public record Rebuild(UUID id, State state,
        @Schema(description = "Records to replay: an estimate while replaying (Kafka's offsets also count transaction "
                + "markers), the records replayed once done") long total,
        @Schema(description = "Records replayed so far (applied, or recognised as already applied)") long applied,
        @Schema(description = "Records the live consumers refused too (dead-lettered there), skipped here") long skipped,
        @Schema(description = "applied and skipped of total, 0 to 100") int percent,
        @Schema(description = "Replay speed so far") double eventsPerSecond,
        Instant startedAt, Instant finishedAt, String message) {

    public enum State {
        /** Reading every topic from its first record into fresh tables; the live tables still answer. */
        REPLAYING,
        /** Consumers held for a moment while the last records are replayed and the fresh tables take over. */
        SWITCHING,
        /** The fresh tables are live. */
        DONE,
        /** Stopped; the live tables are as they were (message says why). */
        FAILED
    }

    static Rebuild of(UUID id, State state, long total, long applied, long skipped, Instant startedAt, Instant finishedAt,
            String message) {
        int percent = total == 0 ? (state == State.DONE ? 100 : 0) : (int) Math.min(100, (applied + skipped) * 100 / total);
        double seconds = Duration.between(startedAt, finishedAt == null ? Instant.now() : finishedAt).toMillis() / 1000.0;
        double rate = seconds <= 0 ? 0 : Math.round(applied / seconds * 10) / 10.0;
        return new Rebuild(id, state, total, applied, skipped, percent, rate, startedAt, finishedAt, message);
    }
}
