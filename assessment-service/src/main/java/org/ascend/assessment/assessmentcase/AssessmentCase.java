package org.ascend.assessment.assessmentcase;

import java.time.Instant;
import java.util.UUID;

/** An application's assessment at one stage. Holds no identity or equality data (DOMAIN.md §2). */
public record AssessmentCase(UUID id, UUID applicationId, UUID intakeId, String stage, String status,
        Instant openedAt, long version) {
}
