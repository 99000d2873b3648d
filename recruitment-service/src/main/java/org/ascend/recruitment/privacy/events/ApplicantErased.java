package org.ascend.recruitment.privacy.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;
import org.ascend.recruitment.Topics;

/**
 * A person's applications were anonymised, on their erasure request or when the scheme's retention
 * period ran out (docs/domain.md §2). Every service drops or anonymises what it holds about these
 * applications. Carries application ids only. Schema: contracts/events/org.ascend.recruitment.applicant-erased.v1.schema.json
 */
@PublishedAs(topic = Topics.APPLICANT, type = "org.ascend.recruitment.applicant-erased.v1")
public record ApplicantErased(UUID eventId, UUID erasureId, List<UUID> applicationIds, String reason, Instant erasedAt,
        long aggregateVersion, Instant occurredAt) implements DomainEvent {

    public static final String ERASURE_REQUEST = "ERASURE_REQUEST";
    public static final String RETENTION_EXPIRED = "RETENTION_EXPIRED";

    @Override
    public String aggregateId() {
        return erasureId.toString();
    }
}
