package org.ascend.reporting.impact;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/**
 * Adverse impact at each selection step of an intake (docs/reporting.md): for each step, every group compared with
 * the highest-rate group; and the WRES relative likelihood of White people being selected compared with BME people.
 */
public record ImpactReport(UUID intakeId, @Schema(description = "The characteristic compared") String by,
        @Schema(description = "The region the figures are for; null for national") String region,
        @Schema(description = "True when counts are disclosure-controlled (below national level, except for the programme "
                + "team)") boolean disclosureControlled, List<Step> steps) {

    /** A selection step: of those who reached {@code from}, who reached {@code to}. */
    public record Step(String from, String to, List<AdverseImpact.GroupImpact> groups,
            @Schema(description = "WRES indicator 2: the relative likelihood of White people being selected compared with "
                    + "BME people at this step") AdverseImpact.GroupImpact whiteVersusBme) {
    }
}
