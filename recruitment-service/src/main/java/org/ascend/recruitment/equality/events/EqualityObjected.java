package org.ascend.recruitment.equality.events;

import java.time.Instant;
import java.util.UUID;

import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;
import org.ascend.recruitment.Topics;

/**
 * The person objected (DPA 2018 Sch. 1 para 8(5)): consumers must delete what they hold for this
 * application and process no more of it. Schema: contracts/events/org.ascend.recruitment.equality-objected.v1.schema.json
 */
@PublishedAs(topic = Topics.EQUALITY, type = "org.ascend.recruitment.equality-objected.v1")
public record EqualityObjected(UUID eventId, UUID applicationId, UUID intakeId, long aggregateVersion, Instant occurredAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return applicationId.toString();
    }
}
