package org.ascend.cohort.offer.events;

import java.time.Instant;
import java.util.UUID;

import org.ascend.cohort.Topics;
import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;

/**
 * An offer of a place was made (first round or from the waiting list). Schema:
 * contracts/events/org.ascend.cohort.offer-made.v1.schema.json
 */
@PublishedAs(topic = Topics.OFFER, type = "org.ascend.cohort.offer-made.v1")
public record OfferMade(UUID eventId, UUID offerId, UUID cohortId, UUID intakeId, UUID applicationId, int rank,
        Instant respondBy, boolean fromWaitingList, long aggregateVersion, Instant occurredAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return offerId.toString();
    }
}
