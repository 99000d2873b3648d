package org.ascend.cohort.network.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.ascend.cohort.Topics;
import org.ascend.cohort.career.OrganisationType;
import org.ascend.cohort.network.EventKind;
import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;

/**
 * A regional network held an event: region, date, kind and attendance counts by organisation type, for the
 * end-of-year report's summary of regional activity. No topic text, no attendees. Schema:
 * contracts/events/org.ascend.cohort.network-event-recorded.v1.schema.json
 */
@PublishedAs(topic = Topics.NETWORK, type = "org.ascend.cohort.network-event-recorded.v1")
public record NetworkEventRecorded(UUID eventId, UUID networkEventId, UUID networkId, String regionCode, LocalDate heldOn,
        String financialYear, EventKind kind, Map<OrganisationType, Integer> attendanceByOrganisationType, int totalAttendance,
        long aggregateVersion, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return networkEventId.toString();
    }
}
