package org.ascend.outboxtest;

import java.time.Instant;
import java.util.UUID;

import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;

/**
 * A test-only event: lets the outbox tests drive the platform's outbox with thousands of events quickly. Outside
 * the service's packages, so the event catalogue does not take it for one of the service's events.
 */
@PublishedAs(topic = BurstEvent.TOPIC, type = "org.ascend.test.burst.v1")
public record BurstEvent(UUID eventId, String aggregateId, long aggregateVersion, Instant occurredAt) implements DomainEvent {

    public static final String TOPIC = "ascend.test.burst.v1";
}
