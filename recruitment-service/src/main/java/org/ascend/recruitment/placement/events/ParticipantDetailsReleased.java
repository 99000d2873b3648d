package org.ascend.recruitment.placement.events;

import java.time.Instant;
import java.util.UUID;

import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;
import org.ascend.recruitment.Topics;

/**
 * Once an applicant accepts a cohort place, the contact details a programme team needs: name, email, employer,
 * current role and sponsor. Nothing else of the application, never equality data. Restricted topic, cohort alone.
 * Schema: contracts/events/org.ascend.recruitment.participant-details-released.v1.schema.json
 */
@PublishedAs(topic = Topics.OFFEREE, type = "org.ascend.recruitment.participant-details-released.v1")
public record ParticipantDetailsReleased(UUID eventId, UUID applicationId, UUID offerId, String givenName,
        String familyName, String email, String organisationCode, String currentRole, String sponsorName,
        String sponsorEmail, long aggregateVersion, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return applicationId.toString();
    }
}
