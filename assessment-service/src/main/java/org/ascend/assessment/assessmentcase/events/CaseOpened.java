package org.ascend.assessment.assessmentcase.events;

import java.time.Instant;
import java.util.UUID;

import org.ascend.assessment.Topics;
import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;

/** Schema: contracts/events/org.ascend.assessment.case-opened.v1.schema.json */
@PublishedAs(topic = Topics.CASE, type = "org.ascend.assessment.case-opened.v1")
public record CaseOpened(UUID eventId, UUID caseId, UUID applicationId, UUID intakeId, String stage, String status,
        long aggregateVersion, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
