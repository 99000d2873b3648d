package org.ascend.cohort.outcome.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Consumer-owned: contracts/events/org.ascend.assessment.stage-outcome-decided.v1.schema.json */
public record StageOutcomeDecided(UUID eventId, UUID caseId, UUID applicationId, UUID intakeId, String stage,
        String decision, BigDecimal finalScore, boolean tieBreak, long aggregateVersion, Instant occurredAt) {

    public static final String TYPE = "org.ascend.assessment.stage-outcome-decided.v1";
}
