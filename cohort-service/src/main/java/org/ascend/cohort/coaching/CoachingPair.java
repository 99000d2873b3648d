package org.ascend.cohort.coaching;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A participant's coach, and why matching made the pair. */
public record CoachingPair(UUID participantId, UUID cohortId, UUID coachId, int preferenceMet,
        List<String> sharedSpecialisms, String reason, Instant matchedAt) {
}
