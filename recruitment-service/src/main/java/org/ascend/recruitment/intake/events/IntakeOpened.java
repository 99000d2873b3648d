package org.ascend.recruitment.intake.events;

import java.time.Instant;
import java.util.UUID;

import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;
import org.ascend.recruitment.Topics;

/** Schema: contracts/events/org.ascend.recruitment.intake-opened.v1.schema.json */
@PublishedAs(topic = Topics.INTAKE, type = "org.ascend.recruitment.intake-opened.v1")
public record IntakeOpened(UUID eventId, UUID intakeId, UUID schemeId, int places, Instant opensAt, Instant closesAt,
        long aggregateVersion, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return intakeId.toString();
    }
}
