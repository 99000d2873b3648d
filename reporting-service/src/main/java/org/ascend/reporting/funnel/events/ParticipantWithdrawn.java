package org.ascend.reporting.funnel.events;

import java.util.UUID;

/** Consumer-owned view of org.ascend.cohort.participant-withdrawn.v1: only what the funnel needs. */
public record ParticipantWithdrawn(UUID applicationId, UUID intakeId) {

    public static final String TYPE = "org.ascend.cohort.participant-withdrawn.v1";
}
