package org.ascend.cohort.career.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ascend.cohort.Topics;
import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;

/**
 * A participant consented to career tracking, changed what they share, or completed the programme while consenting
 * (then {@code completedOn} is set and tracking runs from it). No names: who they are stays in cohort.
 * Schema: contracts/events/org.ascend.cohort.career-consent-given.v1.schema.json
 */
@PublishedAs(topic = Topics.CAREER, type = "org.ascend.cohort.career-consent-given.v1")
public record CareerConsentGiven(UUID eventId, UUID participantId, UUID cohortId, LocalDate completedOn, LocalDate trackUntil,
        boolean shareInAlumniDirectory, boolean shareInTalentPool, long aggregateVersion, Instant occurredAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return participantId.toString();
    }
}
