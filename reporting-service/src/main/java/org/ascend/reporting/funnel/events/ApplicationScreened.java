package org.ascend.reporting.funnel.events;

import java.util.UUID;

/** Consumer-owned view of org.ascend.recruitment.application-screened.v1: only what the funnel needs. */
public record ApplicationScreened(UUID applicationId, UUID intakeId, boolean eligible) {

    public static final String TYPE = "org.ascend.recruitment.application-screened.v1";
}
