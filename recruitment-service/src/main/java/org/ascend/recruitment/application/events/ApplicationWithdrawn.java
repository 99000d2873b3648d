package org.ascend.recruitment.application.events;

import java.time.Instant;
import java.util.UUID;

import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;
import org.ascend.recruitment.Topics;

/** The applicant withdrew before the outcome. Schema: contracts/events/org.ascend.recruitment.application-withdrawn.v1.schema.json */
@PublishedAs(topic = Topics.APPLICATION, type = "org.ascend.recruitment.application-withdrawn.v1")
public record ApplicationWithdrawn(UUID eventId, UUID applicationId, UUID intakeId, Instant withdrawnAt,
        long aggregateVersion, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return applicationId.toString();
    }
}
