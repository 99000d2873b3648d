package org.ascend.recruitment.placement.events;

import java.time.Instant;
import java.util.UUID;

import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;
import org.ascend.recruitment.Topics;

/**
 * Whom an offer of a cohort place is for: the applicant's sign-in subject, so cohort can let that person, and only
 * them, answer it. Restricted topic, cohort alone. Schema: contracts/events/org.ascend.recruitment.offeree-identified.v1.schema.json
 */
@PublishedAs(topic = Topics.OFFEREE, type = "org.ascend.recruitment.offeree-identified.v1")
public record OffereeIdentified(UUID eventId, UUID applicationId, UUID offerId, String applicantSubject,
        long aggregateVersion, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return applicationId.toString();
    }
}
