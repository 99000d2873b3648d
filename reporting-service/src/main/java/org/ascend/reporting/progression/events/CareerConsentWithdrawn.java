package org.ascend.reporting.progression.events;

import java.util.UUID;

/** Consumer-owned view of org.ascend.cohort.career-consent-withdrawn.v1. */
public record CareerConsentWithdrawn(UUID eventId, UUID participantId) {

    public static final String TYPE = "org.ascend.cohort.career-consent-withdrawn.v1";
}
