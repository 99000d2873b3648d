package org.ascend.reporting.funnel;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** An intake as reporting knows it. */
public record IntakeSummary(UUID intakeId, @Schema(description = "Null until the intake's opening has been seen") UUID schemeId,
        @Schema(description = "The calendar year (UK time) the intake opened in; null until its opening has been seen") Integer year,
        @Schema(description = "OPEN, CLOSED, or UNKNOWN") String status, Integer places) {
}
