package org.ascend.reporting.activity.events;

import java.time.Instant;
import java.util.UUID;

/** Consumer-owned view of org.ascend.cohort.session-held.v1: a programme session and its attendance counts. */
public record SessionHeld(UUID sessionId, UUID cohortId, String kind, Instant startsAt, int attended, int apologies,
        int absent) {

    public static final String TYPE = "org.ascend.cohort.session-held.v1";
}
