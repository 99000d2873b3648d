package org.ascend.recruitment.equality.events;

import java.time.Instant;
import java.util.UUID;

import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.events.PublishedAs;
import org.ascend.recruitment.Topics;

/**
 * RESTRICTED topic, read only by reporting (docs/kafka-security.md): special-category data for
 * aggregate reporting, never for decisions about the person (DPA 2018 Sch. 1 para 8).
 * Schema: contracts/events/org.ascend.recruitment.equality-recorded.v1.schema.json
 */
@PublishedAs(topic = Topics.EQUALITY, type = "org.ascend.recruitment.equality-recorded.v1")
public record EqualityRecorded(UUID eventId, UUID applicationId, UUID intakeId, String ethnicCategory,
        String ethnicClassification, String ethnicGroup, Boolean blackAndMinorityEthnic, String ageBand,
        String disability, String genderReassignment, String marriageCivilPartnership, String pregnancyMaternity,
        String religionBelief, String sex, String sexualOrientation, long aggregateVersion, Instant occurredAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return applicationId.toString();
    }
}
