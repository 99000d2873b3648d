package org.ascend.recruitment.intake.events;

import java.time.Instant;
import java.util.UUID;

import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;
import org.ascend.recruitment.Topics;

/** Schema: contracts/events/org.ascend.recruitment.intake-closed.v1.schema.json */
@PublishedAs(topic = Topics.INTAKE, type = "org.ascend.recruitment.intake-closed.v1")
public record IntakeClosed(UUID eventId, UUID intakeId, UUID schemeId, long aggregateVersion, Instant occurredAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return intakeId.toString();
    }
}
