package org.ascend.reporting.funnel.events;

import java.util.UUID;

/**
 * Consumer-owned view of org.ascend.cohort.participant-withdrawn.v1: only what the funnel needs. {@code reasonCategory}
 * is absent on withdrawals recorded before categories existed.
 */
public record ParticipantWithdrawn(UUID applicationId, UUID intakeId, UUID cohortId, String reasonCategory) {

    public static final String TYPE = "org.ascend.cohort.participant-withdrawn.v1";
}
