package org.ascend.cohort.offer.events;

import java.time.Instant;
import java.util.UUID;

import org.ascend.cohort.Topics;
import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;

/**
 * The programme team approved the applicant's request to defer to the scheme's next cohort; the place goes to the
 * waiting list. Schema: contracts/events/org.ascend.cohort.offer-deferred.v1.schema.json
 */
@PublishedAs(topic = Topics.OFFER, type = "org.ascend.cohort.offer-deferred.v1")
public record OfferDeferred(UUID eventId, UUID offerId, UUID cohortId, UUID intakeId, UUID applicationId, long
        aggregateVersion, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return offerId.toString();
    }
}
