package org.ascend.reporting.funnel;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.ascend.reporting.reliability.StageReliability;

/**
 * How far an intake's applicants have got, stage by stage (docs/reporting.md): each stage counts the applications
 * that reached it, erased people included (anonymously). {@code count} is null for a stage not measured yet.
 * {@code left} says how many left, and where: withdrawn, found ineligible, erased.
 */
public record Funnel(UUID intakeId, Integer places, String intakeStatus, List<Stage> stages, Left left,
        @Schema(description = "Each assessment stage's reliability, beside the stages it decided: as assessment last "
                + "published it (empty until a stage has submitted scores)") List<StageReliability> reliability) {

    public record Stage(String stage,
            @Schema(description = "Applications that reached the stage; null when it is not measured yet") Long count,
            @Schema(description = "What the stage counts, in words") String meaning) {
    }

    public record Left(@Schema(description = "Applications withdrawn by the applicant") long withdrawn,
            @Schema(description = "Found ineligible at screening") long ineligible,
            @Schema(description = "Erased at the person's request or at retention's end; still counted in the stages") long erased,
            @Schema(description = "Participants who withdrew from the programme") long leftProgramme) {
    }
}
