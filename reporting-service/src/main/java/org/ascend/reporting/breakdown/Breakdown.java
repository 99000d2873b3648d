package org.ascend.reporting.breakdown;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

import org.ascend.reporting.disclosure.Shown;

/**
 * An intake's funnel stages broken down by one characteristic (docs/reporting.md): for each stage, the count in each
 * category and the stage's total. {@code disclosureControlled}: figures below national level are shown under the
 * NHS Digital rules (1-7 as *, the rest rounded to 5, secondary suppression); national ones, and the programme
 * team's, as they are.
 */
public record Breakdown(UUID intakeId, String by, String region, boolean disclosureControlled, List<String> categories,
        List<StageRow> stages) {

    public record StageRow(String stage, @Schema(description = "One count per category, in the order of categories")
            List<Shown> counts, @Schema(description = "Everyone at the stage, whatever their category") Shown total) {
    }
}
