package org.ascend.reporting.reports.validity;

import java.util.List;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Whether selection predicts an outcome (issue 15; docs/adr/0016 for where it is reported): the point-biserial
 * correlation between the final stage's settled score and a yes/no outcome (completed; in a director or board role
 * within 24 months), with a 95 % confidence interval (Fisher's z) and a two-sided p-value (t with n - 2 degrees of
 * freedom). The point-biserial correlation is Pearson's r with one variable dichotomous, so commons-math computes it.
 *
 * <p>With the cohorts these schemes run (15-20), it is a warning light, not a verdict: below {@link #MINIMUM_PEOPLE}
 * people, or fewer than {@link #MINIMUM_PER_OUTCOME} with either outcome, or scores that do not vary, the result is
 * {@link State#INSUFFICIENT_DATA} and carries no figures.
 */
public final class PredictiveValidity {

    public static final int MINIMUM_PEOPLE = 10;
    public static final int MINIMUM_PER_OUTCOME = 3;
    private static final double Z_95 = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);

    public enum State { ESTIMATED, INSUFFICIENT_DATA }

    /** One person: their settled selection score and whether the outcome happened. */
    public record Observation(double score, boolean outcome) {
    }

    /** The estimate, or only the counts when there is not enough data. */
    public record Result(State state, int people, int withOutcome, Double r, Double lower95, Double upper95, Double pValue) {
    }

    private PredictiveValidity() {
    }

    public static Result of(List<Observation> observations) {
        int people = observations.size();
        int withOutcome = (int) observations.stream().filter(Observation::outcome).count();
        boolean scoresVary = observations.stream().mapToDouble(Observation::score).distinct().count() > 1;
        if (people < MINIMUM_PEOPLE || withOutcome < MINIMUM_PER_OUTCOME || people - withOutcome < MINIMUM_PER_OUTCOME
                || !scoresVary) {
            return new Result(State.INSUFFICIENT_DATA, people, withOutcome, null, null, null, null);
        }
        return estimate(observations);
    }

    /** The figures whatever the sample size (for {@link #of} and for checking against published examples). */
    static Result estimate(List<Observation> observations) {
        int n = observations.size();
        double[] scores = observations.stream().mapToDouble(Observation::score).toArray();
        double[] outcomes = observations.stream().mapToDouble(o -> o.outcome() ? 1 : 0).toArray();
        double r = new PearsonsCorrelation().correlation(outcomes, scores);
        double z = atanh(r);
        double se = 1 / Math.sqrt(n - 3);
        double t = r * Math.sqrt((n - 2) / (1 - r * r));
        double p = 2 * TDistribution.of(n - 2).survivalProbability(Math.abs(t));
        int withOutcome = (int) observations.stream().filter(Observation::outcome).count();
        return new Result(State.ESTIMATED, n, withOutcome, r, Math.tanh(z - Z_95 * se), Math.tanh(z + Z_95 * se), p);
    }

    private static double atanh(double x) {
        return 0.5 * Math.log((1 + x) / (1 - x));
    }
}
