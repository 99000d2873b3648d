package org.ascend.cohort.programme;

import java.time.Instant;
import java.util.UUID;

/** One session of a cohort's programme: when, how long, where (a place or an online link), and who leads it. */
public record ProgrammeSession(UUID id, UUID cohortId, SessionKind kind, String title, Instant startsAt, int durationMinutes,
        String place, String onlineLink, String facilitator, Instant heldAt, long version) {
}
