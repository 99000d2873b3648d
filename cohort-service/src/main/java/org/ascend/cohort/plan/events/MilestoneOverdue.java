package org.ascend.cohort.plan.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ascend.cohort.Topics;
import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;

/**
 * A milestone of a participant's development plan passed its due date without sign-off; published once per
 * milestone, so a regional or mail system can follow up. Ids and the date only. Schema:
 * contracts/events/org.ascend.cohort.milestone-overdue.v1.schema.json
 */
@PublishedAs(topic = Topics.PLAN, type = "org.ascend.cohort.milestone-overdue.v1")
public record MilestoneOverdue(UUID eventId, UUID participantId, UUID cohortId, UUID milestoneId, LocalDate dueOn,
        long aggregateVersion, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return participantId.toString();
    }
}
