package org.ascend.assessment.reliability;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Each assessor's severity or leniency (docs/domain.md §2): the mean, over the applications they scored,
 * of their score minus the mean of their co-assessors' scores for the same application. Negative is
 * severe, positive lenient. Applications nobody else scored say nothing about it and are skipped.
 */
public final class AssessorSeverity {

    /** Mean deviation and how many shared applications it rests on. */
    public record Severity(double meanDeviation, int sharedUnits) {
    }

    private AssessorSeverity() {
    }

    public static Map<String, Severity> of(RatingTable table) {
        Map<String, double[]> sums = new LinkedHashMap<>(); // rater -> {sum of deviations, count}
        for (String unit : table.units()) {
            Map<String, Double> scores = table.scoresOf(unit);
            if (scores.size() < 2) {
                continue;
            }
            double total = scores.values().stream().mapToDouble(Double::doubleValue).sum();
            scores.forEach((rater, score) -> {
                double othersMean = (total - score) / (scores.size() - 1);
                double[] sum = sums.computeIfAbsent(rater, r -> new double[2]);
                sum[0] += score - othersMean;
                sum[1]++;
            });
        }
        Map<String, Severity> result = new LinkedHashMap<>();
        sums.forEach((rater, sum) -> result.put(rater, new Severity(sum[0] / sum[1], (int) sum[1])));
        return result;
    }
}
