package org.ascend.cohort.career;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A participant's consent to career tracking (docs/cohorts.md, "Careers"): given or withdrawn by the participant
 * alone; what they share (the alumni directory, local talent pools) and until when.
 */
public record CareerConsent(UUID participantId, Status status, int trackForYears, LocalDate completedOn,
        LocalDate trackUntil, boolean shareInAlumniDirectory,
        boolean shareInTalentPool, boolean shareEmailWithTalentLeads, Instant givenAt, Instant withdrawnAt, long version) {

    public enum Status { GIVEN, WITHDRAWN }

    public boolean tracking(LocalDate today) {
        return status == Status.GIVEN && !today.isAfter(trackUntil);
    }
}
