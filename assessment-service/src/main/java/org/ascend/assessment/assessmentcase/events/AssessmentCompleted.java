package org.ascend.assessment.assessmentcase.events;

import java.time.Instant;
import java.util.UUID;

import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;

/** The case has a settled score at this stage: by agreement within tolerance, or by moderation. Schema: contracts/events/org.ascend.assessment.assessment-completed.v1.schema.json */
@PublishedAs(topic = "ascend.assessment.case.v1", type = "org.ascend.assessment.assessment-completed.v1")
public record AssessmentCompleted(UUID eventId, UUID caseId, UUID applicationId, UUID intakeId, String stage, java.math.BigDecimal finalScore, String settledBy,
        long aggregateVersion, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
