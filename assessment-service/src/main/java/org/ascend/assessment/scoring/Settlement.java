package org.ascend.assessment.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * What a case's submitted scores come to once its whole panel has submitted (docs/domain.md §2.2):
 * within the stage's tolerance they agree and the case settles at the mean weighted score; beyond it, one
 * further independent assessor joins the first time, and after that a moderator decides.
 */
record Settlement(Outcome outcome, int spread, BigDecimal score) {

    enum Outcome { AGREED, FURTHER_ASSESSOR, MODERATION }

    /**
     * @param sheets          each assessor's scores per criterion
     * @param weightedScores  each assessor's weighted score, in the same order
     * @param tolerance       the largest spread on any one criterion that still counts as agreement
     * @param furtherAllowed  whether the panel may still grow (no further assessor has joined yet)
     */
    static Settlement of(List<Map<String, CriterionScore>> sheets, List<Double> weightedScores, BigDecimal tolerance,
            boolean furtherAllowed) {
        int spread = Disagreement.largestCriterionSpread(sheets);
        if (BigDecimal.valueOf(spread).compareTo(tolerance) <= 0) {
            double mean = weightedScores.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            return new Settlement(Outcome.AGREED, spread, BigDecimal.valueOf(mean).setScale(3, RoundingMode.HALF_UP));
        }
        return new Settlement(furtherAllowed ? Outcome.FURTHER_ASSESSOR : Outcome.MODERATION, spread, null);
    }
}
