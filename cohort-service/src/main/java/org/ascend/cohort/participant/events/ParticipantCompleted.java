package org.ascend.cohort.participant.events;

import java.time.Instant;
import java.util.UUID;

import org.ascend.cohort.Topics;
import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;

/**
 * The participant completed the programme. Schema: contracts/events/org.ascend.cohort.participant-
 * completed.v1.schema.json
 */
@PublishedAs(topic = Topics.PARTICIPANT, type = "org.ascend.cohort.participant-completed.v1")
public record ParticipantCompleted(UUID eventId, UUID participantId, UUID cohortId, UUID intakeId, UUID applicationId,
        long aggregateVersion, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return participantId.toString();
    }
}
