package org.ascend.assessment.scoring;

import java.util.List;
import java.util.Map;

/** How far assessors disagree: the largest spread (highest minus lowest score) on any one criterion. */
final class Disagreement {

    private Disagreement() {
    }

    static int largestCriterionSpread(List<Map<String, CriterionScore>> sheets) {
        int largest = 0;
        for (String criterion : sheets.get(0).keySet()) {
            int high = Integer.MIN_VALUE;
            int low = Integer.MAX_VALUE;
            for (Map<String, CriterionScore> sheet : sheets) {
                int score = sheet.get(criterion).score();
                high = Math.max(high, score);
                low = Math.min(low, score);
            }
            largest = Math.max(largest, high - low);
        }
        return largest;
    }
}
