package org.ascend.cohort.outcome;

import java.math.BigDecimal;
import java.util.UUID;

/** A programme manager's decision on one application at one stage, as assessment announced it. */
public record StageOutcome(UUID intakeId, UUID applicationId, String stage, boolean progresses, BigDecimal finalScore,
        boolean tieBreak) {
}
