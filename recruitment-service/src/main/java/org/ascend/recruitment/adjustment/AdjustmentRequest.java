package org.ascend.recruitment.adjustment;

import java.time.Instant;
import java.util.UUID;

/**
 * What an applicant needs to take part on equal terms (for example extra time, step-free access, a sign-language
 * interpreter), and what the programme team arranged. Never part of the application, a pack, an export or an event.
 */
public record AdjustmentRequest(UUID id, UUID applicationId, String needs, Instant requestedAt, String arranged,
        Instant arrangedAt) {
}
