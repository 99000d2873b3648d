package org.ascend.reporting.reliability.events;

import java.util.List;
import java.util.UUID;

import org.ascend.reporting.reliability.StageReliability;

/** Consumer-owned view of org.ascend.assessment.stage-reliability-updated.v1: what the roll-up shows. */
public record StageReliabilityUpdated(UUID intakeId, String stage, int cases, int sheets, List<StageReliability.Figures> criteria,
        StageReliability.Figures weighted) {

    public static final String TYPE = "org.ascend.assessment.stage-reliability-updated.v1";
}
