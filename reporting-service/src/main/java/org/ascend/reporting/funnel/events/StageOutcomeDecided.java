package org.ascend.reporting.funnel.events;

import java.util.UUID;

/** Consumer-owned view of org.ascend.assessment.stage-outcome-decided.v1: only what the funnel needs. */
public record StageOutcomeDecided(UUID applicationId, UUID intakeId, String stage, String decision, Double finalScore) {

    public static final String TYPE = "org.ascend.assessment.stage-outcome-decided.v1";
}
