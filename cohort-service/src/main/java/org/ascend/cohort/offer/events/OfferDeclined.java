package org.ascend.cohort.offer.events;

import java.time.Instant;
import java.util.UUID;

import org.ascend.cohort.Topics;
import org.ascend.cohort.offer.DeclineReason;
import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;

/**
 * The applicant declined the place, with a reason from the fixed list (any note stays in the service). Schema:
 * contracts/events/org.ascend.cohort.offer-declined.v1.schema.json
 */
@PublishedAs(topic = Topics.OFFER, type = "org.ascend.cohort.offer-declined.v1")
public record OfferDeclined(UUID eventId, UUID offerId, UUID cohortId, UUID intakeId, UUID applicationId,
        DeclineReason reason, long aggregateVersion, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return offerId.toString();
    }
}
