package org.ascend.recruitment.application.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;
import org.ascend.recruitment.Topics;
import org.ascend.recruitment.eligibility.EligibilityReason;

/**
 * Eligibility screening, automatic on submission or a programme manager's override. Reasons are codes,
 * never free text (public topic). Schema: contracts/events/org.ascend.recruitment.application-screened.v1.schema.json
 */
@PublishedAs(topic = Topics.APPLICATION, type = "org.ascend.recruitment.application-screened.v1")
public record ApplicationScreened(UUID eventId, UUID applicationId, UUID intakeId, boolean eligible, List<EligibilityReason> reasons,
        boolean overridden, long aggregateVersion, Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return applicationId.toString();
    }
}
