package org.ascend.assessment.scoring.events;

import java.time.Instant;
import java.util.UUID;

import org.ascend.assessment.Topics;
import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;
import org.ascend.assessment.stage.Stage;

/** An allocated assessor submitted (and locked) their scores; the scores themselves stay in assessment. Schema: contracts/events/org.ascend.assessment.scores-submitted.v1.schema.json */
@PublishedAs(topic = Topics.CASE, type = "org.ascend.assessment.scores-submitted.v1")
public record ScoresSubmitted(UUID eventId, UUID caseId, UUID applicationId, UUID intakeId, Stage.Kind stage, int submitted, int assessors,
        long aggregateVersion, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
