package org.ascend.reporting.progression;

/**
 * A cohort's (or a scheme's) career progression, from the consenting alumni only (docs/reporting.md, "Progression").
 *
 * @param trackedAlumni               alumni who consent (or consented) to career tracking and have completed
 * @param directorOrBoardWithin12Months of those completed at least 12 months ago, the share in a director or board
 *                                    role within 12 months of completing; null when none completed that long ago
 * @param directorOrBoardWithin24Months the same at 24 months
 * @param medianMonthsToPromotion     median months from completing to the first director or board role started
 *                                    since; null when nobody has one
 * @param interimShareOfDirectorMoves share of director or board roles recorded that were interim posts
 */
public record Progression(int trackedAlumni, Double directorOrBoardWithin12Months, Double directorOrBoardWithin24Months,
        Double medianMonthsToPromotion, Double interimShareOfDirectorMoves) {

    public static final Progression NONE = new Progression(0, null, null, null, null);
}
