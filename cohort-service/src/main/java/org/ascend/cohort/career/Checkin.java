package org.ascend.cohort.career;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A career check-in a consenting alumnus is due, {@code monthsAfterCompletion} after completing (docs/cohorts.md,
 * "Careers"): open until answered; reminded at most twice.
 */
public record Checkin(UUID id, UUID participantId, UUID cohortId, int monthsAfterCompletion, LocalDate dueOn,
        Instant openedAt, int remindersSent, Instant answeredAt, Boolean moved, UUID moveRecordId, String reflections) {

    public boolean answered() {
        return answeredAt != null;
    }
}
