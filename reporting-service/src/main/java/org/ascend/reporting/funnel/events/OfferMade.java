package org.ascend.reporting.funnel.events;

import java.util.UUID;

/** Consumer-owned view of org.ascend.cohort.offer-made.v1: only what the funnel needs. */
public record OfferMade(UUID applicationId, UUID intakeId) {

    public static final String TYPE = "org.ascend.cohort.offer-made.v1";
}
