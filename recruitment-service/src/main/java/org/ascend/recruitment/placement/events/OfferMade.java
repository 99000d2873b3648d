package org.ascend.recruitment.placement.events;

import java.time.Instant;
import java.util.UUID;

/** Consumer-owned: contracts/events/org.ascend.cohort.offer-made.v1.schema.json (the fields recruitment needs). */
public record OfferMade(UUID eventId, UUID offerId, UUID cohortId, UUID intakeId, UUID applicationId, Instant occurredAt) {

    public static final String TYPE = "org.ascend.cohort.offer-made.v1";
}
