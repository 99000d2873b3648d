package org.ascend.assessment.reliability;

import java.util.List;

/**
 * How far a stage's scores can be trusted (docs/domain.md §2): per criterion and for the weighted score,
 * Krippendorff's alpha (ordinal and interval, with bootstrap intervals) and ICC(2,1)/ICC(2,k), each
 * with its band; and each assessor's severity or leniency.
 */
public record StageReliability(String stage, int cases, int sheets, List<Figures> criteria, Figures weighted,
        List<AssessorLean> assessors) {

    /**
     * One set of figures; alphas and intervals are null when there is not enough data to compute them,
     * {@code icc} when no two cases share the same panel of assessors.
     */
    public record Figures(String criterion, Double alphaOrdinal, Interval alphaOrdinalInterval, Double alphaInterval,
            Interval alphaIntervalInterval, ReliabilityBand alphaBand, IntraclassCorrelation.Icc icc, ReliabilityBand iccBand,
            String iccBasis) {
    }

    /** Negative: severe; positive: lenient, in weighted-score points against co-assessors of the same cases. */
    public record AssessorLean(String assessor, double meanDeviation, int sharedCases) {
    }
}
