package org.ascend.recruitment.sponsor.events;

import java.time.Instant;
import java.util.UUID;

import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;
import org.ascend.recruitment.Topics;

/**
 * The named sponsor endorsed or declined the application. No comment or names: those stay here.
 * Schema: contracts/events/org.ascend.recruitment.application-endorsed.v1.schema.json
 */
@PublishedAs(topic = Topics.APPLICATION, type = "org.ascend.recruitment.application-endorsed.v1")
public record ApplicationEndorsed(UUID eventId, UUID applicationId, UUID intakeId, String decision, Instant decidedAt,
        long aggregateVersion, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return applicationId.toString();
    }
}
