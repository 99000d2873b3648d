package org.ascend.reporting.funnel.events;

import java.time.Instant;
import java.util.UUID;

/** Consumer-owned view of org.ascend.recruitment.intake-opened.v1: only what the funnel needs. */
public record IntakeOpened(UUID intakeId, UUID schemeId, Integer places, Instant opensAt) {

    public static final String TYPE = "org.ascend.recruitment.intake-opened.v1";
}
