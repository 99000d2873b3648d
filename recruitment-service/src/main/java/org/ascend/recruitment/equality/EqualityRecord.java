package org.ascend.recruitment.equality;

import java.time.Instant;
import java.util.UUID;

/** What the applicant sees of their own monitoring answers; empty answers once they objected. */
public record EqualityRecord(UUID applicationId, EqualityAnswers answers, String ethnicGroup, Instant recordedAt,
        Instant objectedAt, long version) {
}
