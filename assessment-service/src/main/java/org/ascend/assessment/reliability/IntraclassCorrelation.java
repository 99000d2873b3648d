package org.ascend.assessment.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.apache.commons.statistics.distribution.FDistribution;

/**
 * ICC(2,1) and ICC(2,k): two-way random effects, absolute agreement, for one rater and for the mean of
 * k raters (Shrout and Fleiss 1979; McGraw and Wong 1996 "ICC(A,1)" and "ICC(A,k)"), with the 95 %
 * confidence intervals of McGraw and Wong (1996), Table 7, whose F quantiles (with Satterthwaite's
 * fractional degrees of freedom) come from Apache Commons Statistics.
 *
 * <p>The two-way model needs every rater to have scored every unit: only such units are used.
 */
public final class IntraclassCorrelation {

    /**
     * The estimates, their intervals, and how much data they rest on. An estimate the formulas cannot give (a zero
     * denominator, or ICC(2,k) outside [-1, 1], which happens when agreement is worse than chance) is null, never
     * invented; {@code aboveChance} says whether the panel agrees more than chance at all (MSB > MSE).
     */
    public record Icc(Double single, Interval singleInterval, Double average, Interval averageInterval,
            int units, int raters, boolean aboveChance, @JsonIgnore boolean varied) {

        /**
         * How far the estimates can be trusted (docs/domain.md §2, Koo and Li 2016), from the mean-of-k ICC the
         * panel's decisions rest on; agreement no better than chance is poor whatever the formulas give, and scores
         * that never vary say nothing.
         */
        public ReliabilityBand band() {
            if (!varied || (aboveChance && average == null)) {
                return ReliabilityBand.INSUFFICIENT_DATA;
            }
            return aboveChance ? ReliabilityBand.ofIcc(average) : ReliabilityBand.POOR;
        }
    }

    private IntraclassCorrelation() {
    }

    /** From the units every rater in the table scored; {@code null} when fewer than 2 units or raters. */
    public static Icc of(RatingTable table) {
        List<String> raters = table.raters();
        List<double[]> rows = new ArrayList<>();
        for (String unit : table.units()) {
            Map<String, Double> scores = table.scoresOf(unit);
            if (scores.keySet().containsAll(raters)) {
                rows.add(raters.stream().mapToDouble(scores::get).toArray());
            }
        }
        return of(rows.toArray(double[][]::new));
    }

    /** {@code scores[unit][rater]}, complete. */
    public static Icc of(double[][] scores) {
        int n = scores.length;
        int k = n == 0 ? 0 : scores[0].length;
        if (n < 2 || k < 2) {
            return null;
        }
        double grand = 0;
        double[] unitMeans = new double[n];
        double[] raterMeans = new double[k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                grand += scores[i][j];
                unitMeans[i] += scores[i][j] / k;
                raterMeans[j] += scores[i][j] / n;
            }
        }
        grand /= n * k;
        double ssUnits = 0;
        double ssRaters = 0;
        double ssTotal = 0;
        for (int i = 0; i < n; i++) {
            ssUnits += k * Math.pow(unitMeans[i] - grand, 2);
            for (int j = 0; j < k; j++) {
                ssTotal += Math.pow(scores[i][j] - grand, 2);
            }
        }
        for (int j = 0; j < k; j++) {
            ssRaters += n * Math.pow(raterMeans[j] - grand, 2);
        }
        double msUnits = ssUnits / (n - 1);
        double msRaters = ssRaters / (k - 1);
        double msError = (ssTotal - ssUnits - ssRaters) / ((n - 1) * (k - 1));

        double single = (msUnits - msError) / (msUnits + (k - 1) * msError + k * (msRaters - msError) / n);
        double average = (msUnits - msError) / (msUnits + (msRaters - msError) / n);
        boolean aboveChance = msUnits > msError;
        boolean varied = ssTotal > 0;
        if (!Double.isFinite(single) || single >= 1) {
            // Perfect agreement, no variation at all, or a zero denominator: the interval formulas divide by zero.
            return new Icc(estimate(single), null, estimate(average), null, n, k, aboveChance, varied);
        }
        Interval singleInterval = singleInterval(single, msUnits, msRaters, msError, n, k);
        if (singleInterval == null) {
            return new Icc(estimate(single), null, estimate(average), null, n, k, aboveChance, varied);
        }
        // Spearman-Brown carries the single-rater bounds to the mean of k raters (McGraw and Wong 1996).
        Interval averageInterval = new Interval(spearmanBrown(singleInterval.lower(), k), spearmanBrown(singleInterval.upper(), k));
        return new Icc(single, singleInterval, estimate(average), averageInterval, n, k, aboveChance, varied);
    }

    /** An ICC is at most 1 (and finite): anything else is the formula failing on degenerate data. */
    private static Double estimate(double icc) {
        return Double.isFinite(icc) && icc <= 1 ? icc : null;
    }

    /**
     * McGraw and Wong's interval, or null where it does not exist: Satterthwaite's degrees of freedom {@code v} come out
     * as zero or undefined when ICC(2,1) is negative enough that {@code a * MSR + b * MSE} vanishes (e.g. the panel
     * [[1,5],[3,3]]). An error mean square of zero alone is fine (one assessor always a point above the other).
     */
    private static Interval singleInterval(double icc, double msUnits, double msRaters, double msError, int n, int k) {
        double a = k * icc / (n * (1 - icc));
        double b = 1 + k * icc * (n - 1) / (n * (1 - icc));
        double v = Math.pow(a * msRaters + b * msError, 2)
                / (Math.pow(a * msRaters, 2) / (k - 1) + Math.pow(b * msError, 2) / ((n - 1) * (k - 1)));
        if (!(v > 0) || Double.isInfinite(v)) {
            return null;
        }
        double fLower = FDistribution.of(n - 1, v).inverseCumulativeProbability(0.975);
        double fUpper = FDistribution.of(v, n - 1).inverseCumulativeProbability(0.975);
        double lower = n * (msUnits - fLower * msError)
                / (fLower * (k * msRaters + (k * n - k - n) * msError) + n * msUnits);
        double upper = n * (fUpper * msUnits - msError)
                / (k * msRaters + (k * n - k - n) * msError + n * fUpper * msUnits);
        return Double.isFinite(lower) && Double.isFinite(upper) ? new Interval(lower, upper) : null;
    }

    private static double spearmanBrown(double single, int k) {
        return k * single / (1 + (k - 1) * single);
    }
}
