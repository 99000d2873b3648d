package org.ascend.reporting.funnel.events;

import java.util.UUID;

/** Consumer-owned view of org.ascend.recruitment.intake-opened.v1: only what the funnel needs. */
public record IntakeOpened(UUID intakeId, Integer places) {

    public static final String TYPE = "org.ascend.recruitment.intake-opened.v1";
}
