package org.ascend.cohort.programme.events;

import java.time.Instant;
import java.util.UUID;

import org.ascend.cohort.Topics;
import org.ascend.cohort.programme.SessionKind;
import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;

/**
 * A session of a cohort's programme was held, with its attendance counts only (never who). Published again with
 * new counts when attendance is corrected. Schema: contracts/events/org.ascend.cohort.session-held.v1.schema.json
 */
@PublishedAs(topic = Topics.SESSION, type = "org.ascend.cohort.session-held.v1")
public record SessionHeld(UUID eventId, UUID sessionId, UUID cohortId, SessionKind kind, Instant startsAt, int attended,
        int apologies, int absent, long aggregateVersion, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return sessionId.toString();
    }
}
