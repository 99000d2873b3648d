package org.ascend.reporting.funnel.events;

import java.util.UUID;

/** Consumer-owned view of org.ascend.cohort.participant-completed.v1: only what the funnel needs. */
public record ParticipantCompleted(UUID applicationId, UUID intakeId, UUID cohortId, java.time.Instant occurredAt) {

    public static final String TYPE = "org.ascend.cohort.participant-completed.v1";
}
