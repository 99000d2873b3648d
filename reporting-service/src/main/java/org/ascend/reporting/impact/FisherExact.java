package org.ascend.reporting.impact;

import org.apache.commons.statistics.distribution.HypergeometricDistribution;

/**
 * Fisher's exact test for a 2 x 2 table (two-sided): the probability, with the margins fixed, of a table at most as
 * likely as the one observed. Hypergeometric probabilities from Apache Commons Statistics.
 */
final class FisherExact {

    /** Tables within this relative distance of the observed one count as equally likely (floating-point ties). */
    private static final double TIE = 1 + 1e-7;

    private FisherExact() {
    }

    /** Group 1: {@code a} selected of {@code n1}; group 2: {@code c} selected of {@code n2}. */
    static double twoSided(long a, long n1, long c, long n2) {
        int population = Math.toIntExact(n1 + n2);
        int selected = Math.toIntExact(a + c);
        var distribution = HypergeometricDistribution.of(population, selected, Math.toIntExact(n1));
        double observed = distribution.probability(Math.toIntExact(a));
        double p = 0;
        for (int x = distribution.getSupportLowerBound(); x <= distribution.getSupportUpperBound(); x++) {
            double probability = distribution.probability(x);
            if (probability <= observed * TIE) {
                p += probability;
            }
        }
        return Math.min(1.0, p);
    }
}
