package org.ascend.assessment.allocation;

import java.time.Instant;
import java.util.UUID;

/** One assessor on one case, with why they were chosen, and their recusal if they stood down. */
public record Allocation(UUID id, UUID caseId, UUID applicationId, UUID intakeId, String stage, String assessor,
        String reason, Instant allocatedAt, Instant recusedAt, String recusalReason) {
}
