package org.ascend.reporting.impact;

import java.util.List;
import java.util.UUID;

/**
 * Adverse impact at each selection step of an intake (docs/reporting.md): for each step, every group compared with
 * the highest-rate group; and the WRES relative likelihood of White people being selected compared with BME people.
 */
public record ImpactReport(UUID intakeId, String by, String region, boolean disclosureControlled, List<Step> steps) {

    /** A selection step: of those who reached {@code from}, who reached {@code to}. */
    public record Step(String from, String to, List<AdverseImpact.GroupImpact> groups, AdverseImpact.GroupImpact whiteVersusBme) {
    }
}
