package org.ascend.cohort.intake.events;

import java.util.UUID;

/** Consumer-owned view of recruitment's intake-closed.v1. */
public record IntakeClosed(UUID intakeId) {

    public static final String TYPE = "org.ascend.recruitment.intake-closed.v1";
}
