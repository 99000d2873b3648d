package org.ascend.assessment.reliability;

/** How far a reliability figure can be trusted, by the conventional bars of docs/domain.md §2. */
public enum ReliabilityBand {
    EXCELLENT, GOOD, MODERATE, TENTATIVE, POOR, UNRELIABLE, INSUFFICIENT_DATA;

    /** Krippendorff (2004), Content Analysis, 2nd ed., p. 241: rely on alpha ≥ .800, tentatively ≥ .667. */
    public static ReliabilityBand ofAlpha(double alpha) {
        if (Double.isNaN(alpha)) {
            return INSUFFICIENT_DATA;
        }
        return alpha >= 0.800 ? GOOD : alpha >= 0.667 ? TENTATIVE : UNRELIABLE;
    }

    /** Koo and Li (2016), J. Chiropractic Medicine 15(2): below .50 poor, .50-.75 moderate, .75-.90 good, above .90 excellent. */
    public static ReliabilityBand ofIcc(double icc) {
        if (Double.isNaN(icc)) {
            return INSUFFICIENT_DATA;
        }
        return icc > 0.90 ? EXCELLENT : icc >= 0.75 ? GOOD : icc >= 0.50 ? MODERATE : POOR;
    }
}
