package org.ascend.reporting.funnel.events;

import java.util.UUID;

/** Consumer-owned view of org.ascend.recruitment.intake-closed.v1: only what the funnel needs. */
public record IntakeClosed(UUID intakeId, UUID schemeId) {

    public static final String TYPE = "org.ascend.recruitment.intake-closed.v1";
}
