package org.ascend.cohort.career.events;

import java.time.Instant;
import java.util.UUID;

import org.ascend.cohort.Topics;
import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;

/**
 * A consenting alumnus answered a career check-in (whether they moved; the move itself is its own
 * career-move-recorded; reflections stay in cohort). Schema:
 * contracts/events/org.ascend.cohort.career-checkin-completed.v1.schema.json
 */
@PublishedAs(topic = Topics.CAREER, type = "org.ascend.cohort.career-checkin-completed.v1")
public record CareerCheckinCompleted(UUID eventId, UUID checkinId, UUID participantId, UUID cohortId,
        int monthsAfterCompletion, boolean moved, long aggregateVersion, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return participantId.toString();
    }
}
