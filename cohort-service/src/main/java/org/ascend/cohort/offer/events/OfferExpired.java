package org.ascend.cohort.offer.events;

import java.time.Instant;
import java.util.UUID;

import org.ascend.cohort.Topics;
import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;

/**
 * The offer's deadline passed without an answer; the place goes to the waiting list. Schema:
 * contracts/events/org.ascend.cohort.offer-expired.v1.schema.json
 */
@PublishedAs(topic = Topics.OFFER, type = "org.ascend.cohort.offer-expired.v1")
public record OfferExpired(UUID eventId, UUID offerId, UUID cohortId, UUID intakeId, UUID applicationId, long
        aggregateVersion, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return offerId.toString();
    }
}
