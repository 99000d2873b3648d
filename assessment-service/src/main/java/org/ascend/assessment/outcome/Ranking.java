package org.ascend.assessment.outcome;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A stage's settled cases by score, best first, with what the pass rule suggests for each. */
public record Ranking(UUID intakeId, String stage, String passRule, BigDecimal passValue, List<Entry> ranked,
        List<UUID> unsettledCases) {

    /**
     * Rank is shared by equal scores (1, 2, 2, 4). {@code suggestion}: PROGRESS, NOT_PROGRESS, or DECIDE
     * (manual rule, or a tie across the TOP_N boundary, where s.159 may be considered).
     */
    public record Entry(UUID caseId, UUID applicationId, BigDecimal finalScore, int rank, String suggestion, String decision) {
    }
}
