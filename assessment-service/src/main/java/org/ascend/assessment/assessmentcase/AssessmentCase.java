package org.ascend.assessment.assessmentcase;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An application's assessment at one stage. Holds no identity or equality data (docs/domain.md §2). Status:
 * PENDING, INELIGIBLE (screened out, until an override), ALLOCATED, EXTRA_ASSESSOR (scores spread beyond tolerance), MODERATION_REQUIRED, SCORED,
 * MODERATED, or WITHDRAWN / ERASED; {@code finalScore} once SCORED or MODERATED.
 */
public record AssessmentCase(UUID id, UUID applicationId, UUID intakeId, String stage, CaseStatus status,
        Instant openedAt, long version, BigDecimal finalScore) {
}
