package org.ascend.recruitment.application.events;

import java.time.Instant;
import java.util.UUID;

import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;
import org.ascend.recruitment.Topics;

/**
 * Public topic, so ids, region and band only: no name, email or employer (docs/events.md).
 * Schema: contracts/events/org.ascend.recruitment.application-submitted.v1.schema.json
 */
@PublishedAs(topic = Topics.APPLICATION, type = "org.ascend.recruitment.application-submitted.v1")
public record ApplicationSubmitted(UUID eventId, UUID applicationId, UUID intakeId, String regionCode, String band,
        Instant submittedAt, long aggregateVersion, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return applicationId.toString();
    }
}
