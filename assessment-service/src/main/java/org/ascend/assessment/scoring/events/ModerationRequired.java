package org.ascend.assessment.scoring.events;

import java.time.Instant;
import java.util.UUID;

import org.ascend.assessment.Topics;
import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;
import org.ascend.assessment.stage.Stage;

/** Every assessor submitted and the scores still spread beyond the stage tolerance, after a further independent assessor: a moderator must settle it. Schema: contracts/events/org.ascend.assessment.moderation-required.v1.schema.json */
@PublishedAs(topic = Topics.CASE, type = "org.ascend.assessment.moderation-required.v1")
public record ModerationRequired(UUID eventId, UUID caseId, UUID applicationId, UUID intakeId, Stage.Kind stage, int spread,
        long aggregateVersion, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
