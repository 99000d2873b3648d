package org.ascend.cohort.participant;

import java.time.Instant;

/** One change of a participant's status, with who made it (a sign-in subject), when and why (a withdrawal's category too). */
public record StatusChange(ParticipantStatus from, ParticipantStatus to, String reason, WithdrawalReason reasonCategory,
        String changedBy, Instant changedAt) {
}
