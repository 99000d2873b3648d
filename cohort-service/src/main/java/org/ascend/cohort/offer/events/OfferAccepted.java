package org.ascend.cohort.offer.events;

import java.time.Instant;
import java.util.UUID;

import org.ascend.cohort.Topics;
import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;

/**
 * The applicant accepted the place. Schema: contracts/events/org.ascend.cohort.offer-accepted.v1.schema.json
 */
@PublishedAs(topic = Topics.OFFER, type = "org.ascend.cohort.offer-accepted.v1")
public record OfferAccepted(UUID eventId, UUID offerId, UUID cohortId, UUID intakeId, UUID applicationId, long
        aggregateVersion, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return offerId.toString();
    }
}
