package org.ascend.reporting.funnel.events;

import java.util.UUID;

/** Consumer-owned view of org.ascend.recruitment.application-withdrawn.v1: only what the funnel needs. */
public record ApplicationWithdrawn(UUID applicationId, UUID intakeId) {

    public static final String TYPE = "org.ascend.recruitment.application-withdrawn.v1";
}
