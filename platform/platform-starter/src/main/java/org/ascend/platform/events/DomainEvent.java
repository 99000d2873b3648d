package org.ascend.platform.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A state change that leaves the service on Kafka. Publish it with Spring's
 * {@code ApplicationEventPublisher} inside the transaction that made the change: the event
 * publication registry (the outbox) stores it in that transaction and externalises it after commit.
 * Each implementing record carries {@link PublishedAs} naming its topic and CloudEvents type.
 */
public interface DomainEvent {

    /** CloudEvents {@code id}: unique per event, consumers dedupe on it. */
    UUID eventId();

    /** CloudEvents {@code subject} and the Kafka key, so per-aggregate order holds. */
    String aggregateId();

    /** Increases with every change of the aggregate, so consumers can ignore stale events. */
    long aggregateVersion();

    Instant occurredAt();
}
