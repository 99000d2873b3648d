package org.ascend.reporting.funnel.events;

import java.time.Instant;
import java.util.UUID;

/** Consumer-owned view of org.ascend.recruitment.application-submitted.v1: only what the funnel needs. */
public record ApplicationSubmitted(UUID applicationId, UUID intakeId, String regionCode, Instant submittedAt) {

    public static final String TYPE = "org.ascend.recruitment.application-submitted.v1";
}
