package org.ascend.assessment.reliability;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores by unit (an application) and rater (an assessor), with gaps where a rater did not score a
 * unit: assessors are allocated to some applications, not all.
 */
public final class RatingTable {

    /** One score: which application, which assessor, what value. */
    public record Rating(String unit, String rater, double value) {
    }

    private final Map<String, Map<String, Double>> byUnit;
    private final List<String> raters;

    private RatingTable(Map<String, Map<String, Double>> byUnit, List<String> raters) {
        this.byUnit = byUnit;
        this.raters = raters;
    }

    public static RatingTable of(List<Rating> ratings) {
        Map<String, Map<String, Double>> byUnit = new LinkedHashMap<>();
        List<String> raters = new ArrayList<>();
        for (Rating r : ratings) {
            if (!raters.contains(r.rater())) {
                raters.add(r.rater());
            }
            Double previous = byUnit.computeIfAbsent(r.unit(), u -> new LinkedHashMap<>()).put(r.rater(), r.value());
            if (previous != null) {
                throw new IllegalArgumentException("Rater " + r.rater() + " scored unit " + r.unit() + " twice");
            }
        }
        return new RatingTable(byUnit, List.copyOf(raters));
    }

    /** Rows are raters, columns are units, {@code null} where a rater did not score (Krippendorff's layout). */
    public static RatingTable ofRaterRows(Double[][] rows) {
        List<Rating> ratings = new ArrayList<>();
        for (int rater = 0; rater < rows.length; rater++) {
            for (int unit = 0; unit < rows[rater].length; unit++) {
                if (rows[rater][unit] != null) {
                    ratings.add(new Rating("u" + (unit + 1), "r" + (rater + 1), rows[rater][unit]));
                }
            }
        }
        return of(ratings);
    }

    public List<String> units() {
        return List.copyOf(byUnit.keySet());
    }

    public List<String> raters() {
        return raters;
    }

    /** The values given to a unit, whoever gave them. */
    public List<Double> valuesOf(String unit) {
        return List.copyOf(byUnit.getOrDefault(unit, Map.of()).values());
    }

    public Map<String, Double> scoresOf(String unit) {
        return Collections.unmodifiableMap(byUnit.getOrDefault(unit, Map.of()));
    }

    /** The same units again, possibly repeated: for bootstrap resamples. */
    RatingTable withUnits(List<String> units) {
        Map<String, Map<String, Double>> chosen = new LinkedHashMap<>();
        for (int i = 0; i < units.size(); i++) {
            chosen.put(units.get(i) + "#" + i, Objects.requireNonNull(byUnit.get(units.get(i))));
        }
        return new RatingTable(chosen, raters);
    }
}
