package org.ascend.reporting.progression.events;

import java.util.UUID;

/** Consumer-owned view of org.ascend.cohort.career-move-recorded.v1: what progression counts. */
public record CareerMoveRecorded(UUID recordId, UUID participantId, UUID cohortId, String roleFamily, String band,
        boolean boardLevel, boolean interim, Integer monthsSinceCompletion) {

    public static final String TYPE = "org.ascend.cohort.career-move-recorded.v1";
}
