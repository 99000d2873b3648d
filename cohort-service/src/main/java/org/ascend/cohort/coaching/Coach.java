package org.ascend.cohort.coaching;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A coach or mentor in the pool: where they work, how many participants they can take, what they know best. */
public record Coach(UUID id, String displayName, String organisationCode, String regionCode, int capacity,
        List<String> specialisms, Instant createdAt) {
}
