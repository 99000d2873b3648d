package org.ascend.reporting.progression.events;

import java.time.LocalDate;
import java.util.UUID;

/** Consumer-owned view of org.ascend.cohort.career-consent-given.v1: who is tracked, in which cohort, since when. */
public record CareerConsentGiven(UUID participantId, UUID cohortId, LocalDate completedOn) {

    public static final String TYPE = "org.ascend.cohort.career-consent-given.v1";
}
