package org.ascend.assessment.allocation.events;

import java.time.Instant;
import java.util.UUID;

import org.ascend.assessment.Topics;
import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;
import org.ascend.assessment.stage.Stage;

/** Assessors were allocated to the case (how many, never who). Schema: contracts/events/org.ascend.assessment.allocation-made.v1.schema.json */
@PublishedAs(topic = Topics.CASE, type = "org.ascend.assessment.allocation-made.v1")
public record AllocationMade(UUID eventId, UUID caseId, UUID applicationId, UUID intakeId, Stage.Kind stage, int assessors,
        long aggregateVersion, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
