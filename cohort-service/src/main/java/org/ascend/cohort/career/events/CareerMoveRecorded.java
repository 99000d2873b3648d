package org.ascend.cohort.career.events;

import java.time.Instant;
import java.util.UUID;

import org.ascend.cohort.Topics;
import org.ascend.cohort.career.CareerRecord;
import org.ascend.cohort.career.OrganisationType;
import org.ascend.cohort.career.RoleFamily;
import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;

/**
 * A role a consenting participant holds or held was recorded. No names, no employer, no title, no free text: what
 * reporting needs for progression. Schema: contracts/events/org.ascend.cohort.career-move-recorded.v1.schema.json
 */
@PublishedAs(topic = Topics.CAREER, type = "org.ascend.cohort.career-move-recorded.v1")
public record CareerMoveRecorded(UUID eventId, UUID recordId, UUID participantId, UUID cohortId, CareerRecord.Source source,
        RoleFamily roleFamily, String band, OrganisationType organisationType, boolean boardLevel, boolean interim,
        Integer monthsSinceCompletion, long aggregateVersion, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return participantId.toString();
    }
}
