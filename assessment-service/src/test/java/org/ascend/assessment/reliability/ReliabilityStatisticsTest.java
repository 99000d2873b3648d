package org.ascend.assessment.reliability;

import java.util.List;

import org.ascend.assessment.reliability.KrippendorffAlpha.Metric;
import org.ascend.assessment.reliability.RatingTable.Rating;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The reliability figures against published worked examples, to 3 decimals, each with its source. */
class ReliabilityStatisticsTest {

    private static final Double N = null;

    /**
     * Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
     * Communication Departmental Papers 43, section C: 4 observers, 12 units, values 1-5, missing data.
     */
    private static final RatingTable KRIPPENDORFF_2011 = RatingTable.ofRaterRows(new Double[][] {
            {1.0, 2.0, 3.0, 3.0, 2.0, 1.0, 4.0, 1.0, 2.0, N, N, N},
            {1.0, 2.0, 3.0, 3.0, 2.0, 2.0, 4.0, 1.0, 2.0, 5.0, N, 3.0},
            {N, 3.0, 3.0, 3.0, 2.0, 3.0, 4.0, 2.0, 2.0, 5.0, 1.0, N},
            {1.0, 2.0, 3.0, 3.0, 2.0, 4.0, 4.0, 1.0, 2.0, 5.0, 1.0, N}});

    /** Shrout, P. E. and Fleiss, J. L. (1979). Intraclass correlations. Psychological Bulletin 86(2), Table 1: 6 targets, 4 judges. */
    private static final double[][] SHROUT_FLEISS_1979 = {
            {9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}};

    @Test
    void krippendorffsAlphaMatchesKrippendorff2011ForEveryMetric() {
        // Krippendorff (2011), sections C.1-C.4: nominal .743, ordinal .815, interval .849, ratio .797.
        assertThat(KrippendorffAlpha.alpha(KRIPPENDORFF_2011, Metric.NOMINAL)).isCloseTo(0.743, within(0.0005));
        assertThat(KrippendorffAlpha.alpha(KRIPPENDORFF_2011, Metric.ORDINAL)).isCloseTo(0.815, within(0.0005));
        assertThat(KrippendorffAlpha.alpha(KRIPPENDORFF_2011, Metric.INTERVAL)).isCloseTo(0.849, within(0.0005));
        assertThat(KrippendorffAlpha.alpha(KRIPPENDORFF_2011, Metric.RATIO)).isCloseTo(0.797, within(0.0005));
    }

    @Test
    void alphaIsOneForPerfectAgreementAndUndefinedWithoutPairableValues() {
        var agreed = RatingTable.of(List.of(new Rating("a", "x", 3), new Rating("a", "y", 3),
                new Rating("b", "x", 5), new Rating("b", "y", 5)));
        assertThat(KrippendorffAlpha.alpha(agreed, Metric.ORDINAL)).isEqualTo(1.0);
        var lonely = RatingTable.of(List.of(new Rating("a", "x", 3), new Rating("b", "y", 4)));
        assertThat(KrippendorffAlpha.alpha(lonely, Metric.INTERVAL)).isNaN();
        assertThat(ReliabilityBand.ofAlpha(Double.NaN)).isEqualTo(ReliabilityBand.INSUFFICIENT_DATA);
    }

    @Test
    void theBootstrapIntervalIsReproducibleAndHoldsTheEstimate() {
        Interval first = KrippendorffAlpha.bootstrap(KRIPPENDORFF_2011, Metric.ORDINAL, 2000, 42);
        Interval again = KrippendorffAlpha.bootstrap(KRIPPENDORFF_2011, Metric.ORDINAL, 2000, 42);
        assertThat(again).isEqualTo(first);
        assertThat(first.lower()).isLessThan(0.815).isGreaterThan(0.3);
        assertThat(first.upper()).isGreaterThan(0.815).isLessThanOrEqualTo(1.0);
    }

    @Test
    void iccMatchesShroutAndFleiss1979AndItsIntervalsMatchMcGrawAndWong1996() {
        var icc = IntraclassCorrelation.of(SHROUT_FLEISS_1979);
        // Shrout and Fleiss (1979), Table 2: ICC(2,1) = .29, ICC(2,4) = .62; the ANOVA mean squares of
        // their Table 1 (BMS 11.24, JMS 32.49, EMS 1.02) give .290 and .620 to 3 decimals.
        assertThat(icc.single()).isCloseTo(0.290, within(0.0005));
        assertThat(icc.average()).isCloseTo(0.620, within(0.0005));
        // McGraw and Wong (1996) Table 7 intervals for these data, as printed for this data set by the
        // R package psych, ICC() help page (Revelle): ICC2 [0.019, 0.76], ICC2k [0.071, 0.93].
        assertThat(icc.singleInterval().lower()).isCloseTo(0.019, within(0.0005));
        assertThat(icc.singleInterval().upper()).isCloseTo(0.76, within(0.005));
        assertThat(icc.averageInterval().lower()).isCloseTo(0.071, within(0.0005));
        assertThat(icc.averageInterval().upper()).isCloseTo(0.93, within(0.005));
        assertThat(icc.units()).isEqualTo(6);
        assertThat(icc.raters()).isEqualTo(4);
    }

    @Test
    void iccAnswersWhenAgreementIsWorseThanChanceAndCallsItPoor() {
        // Two assessors who swap their scores: MSB = 0 < MSE = 1; ICC(2,1)'s denominator is 0 and ICC(2,k) by its
        // formula is 2, so neither is an estimate. Before the fix the band read ICC(2,k) = 2 as "excellent".
        var swapped = IntraclassCorrelation.of(new double[][] {{2, 3}, {3, 2}});
        assertThat(swapped.single()).isNull();
        assertThat(swapped.average()).isNull();
        assertThat(swapped.aboveChance()).isFalse();
        assertThat(swapped.band()).as("not 'excellent'").isEqualTo(ReliabilityBand.POOR);
        // Here Satterthwaite's degrees of freedom are 0: no interval exists, and none is invented.
        var opposed = IntraclassCorrelation.of(new double[][] {{1, 5}, {3, 3}});
        assertThat(opposed.single()).isCloseTo(-1.0, within(1e-9));
        assertThat(opposed.average()).as("ICC(2,k) divides by zero here").isNull();
        assertThat(opposed.singleInterval()).isNull();
        assertThat(opposed.averageInterval()).isNull();
        assertThat(opposed.band()).isEqualTo(ReliabilityBand.POOR);
    }

    @Test
    void scoresThatNeverVarySayNothing() {
        var same = IntraclassCorrelation.of(new double[][] {{3, 3}, {3, 3}});
        assertThat(same.single()).isNull();
        assertThat(same.band()).isEqualTo(ReliabilityBand.INSUFFICIENT_DATA);
        assertThat(IntraclassCorrelation.of(new double[][] {{1, 1}, {4, 4}}).band()).isEqualTo(ReliabilityBand.EXCELLENT);
    }

    @Test
    void iccKeepsItsIntervalWhenOneAssessorIsAlwaysAPointAboveTheOther() {
        var icc = IntraclassCorrelation.of(new double[][] {{1, 2}, {2, 3}, {3, 4}, {4, 5}});
        // MSE = 0 but MSR > 0: ICC(2,1) = MSB / (MSB + 2 MSR / n) = (5/3) / (5/3 + 2 * 1 / 4) = 0.769...
        assertThat(icc.single()).isCloseTo(0.7692, within(0.0001)).isLessThan(1.0);
        assertThat(icc.singleInterval()).as("still an interval").isNotNull();
        assertThat(icc.singleInterval().lower()).isLessThan(icc.single());
        assertThat(icc.singleInterval().upper()).isGreaterThanOrEqualTo(icc.single());
        assertThat(icc.averageInterval()).isNotNull();
    }

    @Test
    void iccUsesOnlyUnitsEveryRaterScored() {
        var table = RatingTable.of(List.of(new Rating("a", "x", 3), new Rating("a", "y", 4), new Rating("b", "x", 2),
                new Rating("b", "y", 2), new Rating("c", "x", 5), new Rating("c", "y", 4), new Rating("d", "x", 1)));
        assertThat(IntraclassCorrelation.of(table).units()).isEqualTo(3);
        assertThat(IntraclassCorrelation.of(RatingTable.of(List.of(new Rating("a", "x", 3))))).isNull();
    }

    @Test
    void bandsFollowKrippendorff2004AndKooAndLi2016() {
        assertThat(ReliabilityBand.ofAlpha(0.800)).isEqualTo(ReliabilityBand.GOOD);
        assertThat(ReliabilityBand.ofAlpha(0.7999)).isEqualTo(ReliabilityBand.TENTATIVE);
        assertThat(ReliabilityBand.ofAlpha(0.667)).isEqualTo(ReliabilityBand.TENTATIVE);
        assertThat(ReliabilityBand.ofAlpha(0.666)).isEqualTo(ReliabilityBand.UNRELIABLE);
        assertThat(ReliabilityBand.ofIcc(0.49)).isEqualTo(ReliabilityBand.POOR);
        assertThat(ReliabilityBand.ofIcc(0.50)).isEqualTo(ReliabilityBand.MODERATE);
        assertThat(ReliabilityBand.ofIcc(0.75)).isEqualTo(ReliabilityBand.GOOD);
        assertThat(ReliabilityBand.ofIcc(0.90)).isEqualTo(ReliabilityBand.GOOD);
        assertThat(ReliabilityBand.ofIcc(0.91)).isEqualTo(ReliabilityBand.EXCELLENT);
    }

    @Test
    void severityIsEachAssessorsMeanDeviationFromTheirCoAssessors() {
        var table = RatingTable.of(List.of(new Rating("a", "lenient", 4), new Rating("a", "severe", 2),
                new Rating("b", "lenient", 5), new Rating("b", "severe", 3), new Rating("b", "fair", 4),
                new Rating("c", "fair", 3)));
        var severity = AssessorSeverity.of(table);
        // a: lenient +2, severe -2; b: lenient 5 - 3.5 = +1.5, severe 3 - 4.5 = -1.5, fair 4 - 4 = 0; c alone: skipped.
        assertThat(severity.get("lenient").meanDeviation()).isCloseTo(1.75, within(1e-9));
        assertThat(severity.get("severe").meanDeviation()).isCloseTo(-1.75, within(1e-9));
        assertThat(severity.get("fair").meanDeviation()).isCloseTo(0.0, within(1e-9));
        assertThat(severity.get("fair").sharedUnits()).isEqualTo(1);
    }
}
