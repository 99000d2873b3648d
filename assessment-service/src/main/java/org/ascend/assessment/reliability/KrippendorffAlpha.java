package org.ascend.assessment.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

/**
 * Krippendorff's alpha, the agreement among any number of raters on any number of units with gaps
 * (docs/domain.md §2), by the coincidence-matrix method of Krippendorff (2011), "Computing Krippendorff's
 * Alpha-Reliability", Annenberg School for Communication, University of Pennsylvania. No maintained
 * Java library computes it (ADR 0005).
 *
 * <p>alpha = 1 - D_o / D_e: observed disagreement within units over the disagreement expected by chance,
 * both weighted by the metric's squared difference between values.
 */
public final class KrippendorffAlpha {

    /** How far apart two values are (Krippendorff 2011, section E). */
    public enum Metric { NOMINAL, ORDINAL, INTERVAL, RATIO }

    private KrippendorffAlpha() {
    }

    /** Alpha; {@code NaN} when fewer than two values are pairable or all values agree by construction. */
    public static double alpha(RatingTable table, Metric metric) {
        // Only units with two or more values are pairable.
        TreeMap<Double, Integer> index = new TreeMap<>();
        List<List<Double>> pairable = new ArrayList<>();
        for (String unit : table.units()) {
            List<Double> values = table.valuesOf(unit);
            if (values.size() >= 2) {
                pairable.add(values);
                values.forEach(v -> index.putIfAbsent(v, 0));
            }
        }
        double[] values = index.keySet().stream().mapToDouble(Double::doubleValue).toArray();
        for (int i = 0; i < values.length; i++) {
            index.put(values[i], i);
        }
        int v = values.length;
        double[][] coincidences = new double[v][v];
        for (List<Double> unitValues : pairable) {
            int m = unitValues.size();
            for (int a = 0; a < m; a++) {
                for (int b = 0; b < m; b++) {
                    if (a != b) {
                        coincidences[index.get(unitValues.get(a))][index.get(unitValues.get(b))] += 1.0 / (m - 1);
                    }
                }
            }
        }
        double[] marginals = new double[v];
        double n = 0;
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                marginals[c] += coincidences[c][k];
            }
            n += marginals[c];
        }
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                double delta = squaredDifference(metric, values, marginals, c, k);
                observed += coincidences[c][k] * delta;
                expected += marginals[c] * marginals[k] * delta;
            }
        }
        expected /= n - 1;
        return n < 2 || expected == 0 ? Double.NaN : 1 - observed / expected;
    }

    /**
     * A 95 % interval by resampling units with replacement ({@code resamples} times, from {@code seed},
     * so the same data always give the same interval): the 2.5th and 97.5th percentiles of alpha.
     */
    public static Interval bootstrap(RatingTable table, Metric metric, int resamples, long seed) {
        Random random = new Random(seed);
        List<String> units = table.units();
        double[] alphas = new double[resamples];
        int kept = 0;
        for (int i = 0; i < resamples; i++) {
            List<String> drawn = new ArrayList<>(units.size());
            for (int u = 0; u < units.size(); u++) {
                drawn.add(units.get(random.nextInt(units.size())));
            }
            double alpha = alpha(table.withUnits(drawn), metric);
            if (!Double.isNaN(alpha)) {
                alphas[kept++] = alpha;
            }
        }
        double[] sorted = java.util.Arrays.copyOf(alphas, kept);
        java.util.Arrays.sort(sorted);
        if (kept == 0) {
            return new Interval(Double.NaN, Double.NaN);
        }
        return new Interval(sorted[(int) Math.floor(0.025 * (kept - 1))], sorted[(int) Math.ceil(0.975 * (kept - 1))]);
    }

    private static double squaredDifference(Metric metric, double[] values, double[] marginals, int c, int k) {
        return switch (metric) {
            case NOMINAL -> c == k ? 0 : 1;
            case INTERVAL -> Math.pow(values[c] - values[k], 2);
            case RATIO -> values[c] + values[k] == 0 ? 0 : Math.pow((values[c] - values[k]) / (values[c] + values[k]), 2);
            case ORDINAL -> {
                // The ranks between the two values, counting each end by half (Krippendorff 2011, E.2).
                int low = Math.min(c, k);
                int high = Math.max(c, k);
                double between = 0;
                for (int g = low; g <= high; g++) {
                    between += marginals[g];
                }
                yield Math.pow(between - (marginals[c] + marginals[k]) / 2, 2);
            }
        };
    }
}
