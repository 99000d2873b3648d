package org.ascend.recruitment.application.events;

import java.time.Instant;
import java.util.UUID;

import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;
import org.ascend.recruitment.Topics;

/**
 * The applicant's employer, for one purpose: the assessment allocator must never give an application to
 * an assessor from the same organisation, or one who declared a tie to it (docs/domain.md §2). RESTRICTED
 * topic, assessment-service only; assessors never see it. Schema:
 * contracts/events/org.ascend.recruitment.applicant-employer-recorded.v1.schema.json
 */
@PublishedAs(topic = Topics.CONFLICT, type = "org.ascend.recruitment.applicant-employer-recorded.v1")
public record ApplicantEmployerRecorded(UUID eventId, UUID applicationId, UUID intakeId, String organisationCode,
        long aggregateVersion, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return applicationId.toString();
    }
}
