package org.ascend.cohort.participant.events;

import java.time.Instant;
import java.util.UUID;

import org.ascend.cohort.Topics;
import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;

/**
 * The applicant accepted an offer and is now a participant of the cohort. Schema:
 * contracts/events/org.ascend.cohort.participant-enrolled.v1.schema.json
 */
@PublishedAs(topic = Topics.PARTICIPANT, type = "org.ascend.cohort.participant-enrolled.v1")
public record ParticipantEnrolled(UUID eventId, UUID participantId, UUID cohortId, UUID intakeId, UUID applicationId,
        long aggregateVersion, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return participantId.toString();
    }
}
