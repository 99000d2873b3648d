package org.ascend.cohort.coaching;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A coach or mentor in the pool: where they work, how many participants they can take, what they know best, and the
 * email they sign in with (a {@code coach} token with that email sees the participants matched to them).
 */
public record Coach(UUID id, String displayName, String organisationCode, String regionCode, int capacity,
        List<String> specialisms, String email, Instant createdAt) {
}
