package org.ascend.cohort.intake.events;

import java.util.UUID;

/** Consumer-owned view of recruitment's intake-opened.v1. */
public record IntakeOpened(UUID intakeId, UUID schemeId, int places) {

    public static final String TYPE = "org.ascend.recruitment.intake-opened.v1";
}
