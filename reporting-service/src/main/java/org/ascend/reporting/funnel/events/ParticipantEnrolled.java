package org.ascend.reporting.funnel.events;

import java.util.UUID;

/** Consumer-owned view of org.ascend.cohort.participant-enrolled.v1: only what the funnel needs. */
public record ParticipantEnrolled(UUID participantId, UUID applicationId, UUID intakeId, UUID cohortId) {

    public static final String TYPE = "org.ascend.cohort.participant-enrolled.v1";
}
