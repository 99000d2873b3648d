package org.ascend.cohort.adjustment;

import java.time.Instant;
import java.util.UUID;

/** What a participant needs to take part in the programme's sessions, and what the programme team arranged. */
public record SessionAdjustment(UUID participantId, UUID cohortId, String needs, Instant requestedAt, String arranged,
        Instant arrangedAt) {
}
