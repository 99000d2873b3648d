package org.ascend.reporting.funnel.events;

import java.util.UUID;

/** Consumer-owned view of org.ascend.recruitment.application-endorsed.v1: only what the funnel needs. */
public record ApplicationEndorsed(UUID applicationId, UUID intakeId, String decision) {

    public static final String TYPE = "org.ascend.recruitment.application-endorsed.v1";
}
