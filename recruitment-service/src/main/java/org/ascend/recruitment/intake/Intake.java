package org.ascend.recruitment.intake;

import java.time.Instant;
import java.util.UUID;

/** One recruitment round of a scheme (DOMAIN.md §1). */
public record Intake(UUID id, UUID schemeId, String name, int places, Instant opensAt, Instant closesAt,
        IntakeStatus status, long version) {

    /** Open for applications now: opened by the programme team and inside its window (server time). */
    public boolean acceptsApplicationsAt(Instant now) {
        return status == IntakeStatus.OPEN && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    Intake withStatus(IntakeStatus newStatus) {
        return new Intake(id, schemeId, name, places, opensAt, closesAt, newStatus, version + 1);
    }
}
