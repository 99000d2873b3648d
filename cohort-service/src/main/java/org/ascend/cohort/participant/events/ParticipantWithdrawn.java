package org.ascend.cohort.participant.events;

import java.time.Instant;
import java.util.UUID;

import org.ascend.cohort.Topics;
import org.ascend.cohort.participant.WithdrawalReason;
import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;

/**
 * The participant left the programme, with the category of why (the words of the reason stay in the service). Schema:
 * contracts/events/org.ascend.cohort.participant-withdrawn.v1.schema.json
 */
@PublishedAs(topic = Topics.PARTICIPANT, type = "org.ascend.cohort.participant-withdrawn.v1")
public record ParticipantWithdrawn(UUID eventId, UUID participantId, UUID cohortId, UUID intakeId, UUID applicationId,
        WithdrawalReason reasonCategory, long aggregateVersion, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return participantId.toString();
    }
}
