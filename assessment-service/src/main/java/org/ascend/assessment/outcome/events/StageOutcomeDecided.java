package org.ascend.assessment.outcome.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.ascend.assessment.Topics;
import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;
import org.ascend.assessment.outcome.OutcomeService;
import org.ascend.assessment.stage.Stage;

/**
 * The programme manager decided whether an application progresses from a stage: for cohort and
 * reporting. Schema: contracts/events/org.ascend.assessment.stage-outcome-decided.v1.schema.json
 */
@PublishedAs(topic = Topics.CASE, type = "org.ascend.assessment.stage-outcome-decided.v1")
public record StageOutcomeDecided(UUID eventId, UUID caseId, UUID applicationId, UUID intakeId, Stage.Kind stage,
        OutcomeService.Decision decision, BigDecimal finalScore, boolean tieBreak, long aggregateVersion, Instant occurredAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
