package org.ascend.assessment.moderation.events;

import java.time.Instant;
import java.util.UUID;

import org.ascend.assessment.Topics;
import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;
import org.ascend.assessment.stage.Stage;

/** A moderator recorded the agreed scores with a written rationale (the rationale stays in assessment). Schema: contracts/events/org.ascend.assessment.moderation-resolved.v1.schema.json */
@PublishedAs(topic = Topics.CASE, type = "org.ascend.assessment.moderation-resolved.v1")
public record ModerationResolved(UUID eventId, UUID caseId, UUID applicationId, UUID intakeId, Stage.Kind stage, java.math.BigDecimal finalScore,
        long aggregateVersion, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
