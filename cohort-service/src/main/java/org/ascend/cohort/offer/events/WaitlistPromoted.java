package org.ascend.cohort.offer.events;

import java.time.Instant;
import java.util.UUID;

import org.ascend.cohort.Topics;
import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;

/**
 * A place freed by a decline, expiry, deferral or withdrawal went to the next on the waiting list. Schema:
 * contracts/events/org.ascend.cohort.waitlist-promoted.v1.schema.json
 */
@PublishedAs(topic = Topics.OFFER, type = "org.ascend.cohort.waitlist-promoted.v1")
public record WaitlistPromoted(UUID eventId, UUID offerId, UUID cohortId, UUID intakeId, UUID applicationId, int rank,
        long aggregateVersion, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return offerId.toString();
    }
}
