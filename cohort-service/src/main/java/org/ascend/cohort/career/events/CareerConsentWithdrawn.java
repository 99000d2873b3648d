package org.ascend.cohort.career.events;

import java.time.Instant;
import java.util.UUID;

import org.ascend.cohort.Topics;
import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;

/**
 * A participant withdrew their consent to career tracking: tracking stops at once, and what consumers hold about
 * this participant's career is to be kept as counts only. Schema:
 * contracts/events/org.ascend.cohort.career-consent-withdrawn.v1.schema.json
 */
@PublishedAs(topic = Topics.CAREER, type = "org.ascend.cohort.career-consent-withdrawn.v1")
public record CareerConsentWithdrawn(UUID eventId, UUID participantId, UUID cohortId, long aggregateVersion,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return participantId.toString();
    }
}
