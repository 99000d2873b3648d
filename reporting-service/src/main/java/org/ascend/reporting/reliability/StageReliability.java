package org.ascend.reporting.reliability;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How far a stage's scores can be trusted, as assessment last published it (docs/reporting.md): per criterion and for
 * the weighted score, Krippendorff's alpha and the intraclass correlation with their 95 % intervals and bands.
 */
public record StageReliability(String stage, @Schema(description = "Cases with submitted score sheets") int cases,
        @Schema(description = "Submitted score sheets") int sheets, List<Figures> criteria, Figures weighted) {

    /** One set of figures; a figure is null where the data cannot give it (the band then says INSUFFICIENT_DATA). */
    public record Figures(@Schema(description = "A criterion's id, or 'weighted'") String criterion,
            @Schema(description = "Krippendorff's alpha, ordinal metric: 1 perfect agreement, 0 no better than chance") Double alphaOrdinal,
            Interval alphaOrdinalInterval,
            @Schema(description = "Krippendorff's alpha, interval metric") Double alphaInterval, Interval alphaIntervalInterval,
            @Schema(description = "Rely on alpha of 0.800 and above, tentatively from 0.667 (Krippendorff 2004)") String alphaBand,
            @Schema(description = "ICC(2,1): how reliable one assessor's score is") Double iccSingle, Interval iccSingleInterval,
            @Schema(description = "ICC(2,k): how reliable the panel's mean score is") Double iccAverage, Interval iccAverageInterval,
            @Schema(description = "Koo and Li (2016) bands of the panel's ICC: poor < 0.5, moderate < 0.75, good < 0.9, excellent")
            String iccBand,
            @Schema(description = "Which cases the ICC rests on, or why there is none") String iccBasis) {
    }

    /** A 95 % interval. */
    public record Interval(double lower, double upper) {
    }
}
