package org.ascend.reporting.outcomes;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.ascend.reporting.disclosure.Shown;

/**
 * How a scheme's cohorts ended (docs/reporting.md): per cohort, who enrolled, completed, is still on the programme
 * or withdrew and why, with the completion rate; and the scheme's totals. Below national level every figure is
 * disclosure-controlled.
 */
public record CohortOutcomes(UUID schemeId, Integer year, String region, boolean disclosureControlled,
        List<String> withdrawalReasons, List<Row> cohorts, Row total) {

    /** One cohort's outcomes ({@code cohortId} null in the scheme's total). */
    public record Row(UUID cohortId,
            @Schema(description = "The intake the cohort was recruited from (null in the total)") UUID intakeId,
            @Schema(description = "Participants who enrolled") Shown enrolled,
            @Schema(description = "Participants who completed the programme") Shown completed,
            @Schema(description = "Participants still on the programme, deferred ones included") Shown onProgramme,
            @Schema(description = "Participants who withdrew from the programme") Shown withdrawn,
            @Schema(description = "completed / enrolled, 0 to 1; null when either is suppressed. Still rising while "
                    + "participants are on the programme") Double completionRate,
            @Schema(description = "Withdrawals by category of reason; NOT_RECORDED for withdrawals recorded before "
                    + "categories existed") Map<String, Shown> withdrawalsByReason,
            @Schema(description = "Alumni who consented to career tracking and have completed; the progression figures "
                    + "count them only. Null below national level (careers cross regions)") Integer trackedAlumni,
            @Schema(description = "Of the tracked alumni who completed at least 12 months ago, the share in a director "
                    + "or board role within 12 months of completing; null when none completed that long ago, and below "
                    + "national level") Double directorOrBoardWithin12Months,
            @Schema(description = "The same within 24 months") Double directorOrBoardWithin24Months,
            @Schema(description = "Median months from completing to the first director or board role started since; "
                    + "null when nobody has one yet") Double medianMonthsToPromotion,
            @Schema(description = "Share of the director or board roles recorded that were interim posts")
            Double interimShareOfDirectorMoves) {
    }
}
