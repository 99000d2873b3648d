package org.ascend.assessment.assessmentcase.events;

import java.time.Instant;
import java.util.UUID;

import org.ascend.assessment.Topics;
import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;
import org.ascend.assessment.stage.Stage;

/** The case has a settled score at this stage: by agreement within tolerance, or by moderation. Schema: contracts/events/org.ascend.assessment.assessment-completed.v1.schema.json */
@PublishedAs(topic = Topics.CASE, type = "org.ascend.assessment.assessment-completed.v1")
public record AssessmentCompleted(UUID eventId, UUID caseId, UUID applicationId, UUID intakeId, Stage.Kind stage, java.math.BigDecimal finalScore, SettledBy settledBy,
        long aggregateVersion, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }

    /** How the case's final score was reached. */
    public enum SettledBy { AGREEMENT, MODERATION }
}
