package org.ascend.cohort.career.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ascend.cohort.Topics;
import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;

/**
 * A consenting alumnus is due a career check-in ({@code reminder} 0), or is reminded of one still unanswered (1, 2),
 * so that a regional or mail system can ask them. Schema:
 * contracts/events/org.ascend.cohort.career-checkin-due.v1.schema.json
 */
@PublishedAs(topic = Topics.CAREER, type = "org.ascend.cohort.career-checkin-due.v1")
public record CareerCheckinDue(UUID eventId, UUID checkinId, UUID participantId, UUID cohortId, int monthsAfterCompletion,
        LocalDate dueOn, int reminder, long aggregateVersion, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return participantId.toString();
    }
}
