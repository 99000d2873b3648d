package org.ascend.recruitment.placement.events;

import java.util.UUID;

/** Consumer-owned: contracts/events/org.ascend.cohort.offer-accepted.v1.schema.json (the fields recruitment needs). */
public record OfferAccepted(UUID eventId, UUID offerId, UUID applicationId) {

    public static final String TYPE = "org.ascend.cohort.offer-accepted.v1";
}
