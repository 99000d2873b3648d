package org.ascend.recruitment.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One recruitment round of a scheme (docs/domain.md §1). When {@code sponsorRequired}, each application
 * names a sponsor who endorses it by {@code endorsementDeadline}.
 */
public record Intake(UUID id, UUID schemeId, String name, int places, Instant opensAt, Instant closesAt,
        IntakeStatus status, List<Question> questions, boolean sponsorRequired, Instant endorsementDeadline,
        long version) {

    /** Open for applications now: opened by the programme team and inside its window (server time). */
    public boolean acceptsApplicationsAt(Instant now) {
        return status == IntakeStatus.OPEN && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    Intake withStatus(IntakeStatus newStatus) {
        return new Intake(id, schemeId, name, places, opensAt, closesAt, newStatus, questions, sponsorRequired,
                endorsementDeadline, version + 1);
    }

    Intake withQuestions(List<Question> newQuestions) {
        return new Intake(id, schemeId, name, places, opensAt, closesAt, status, List.copyOf(newQuestions),
                sponsorRequired, endorsementDeadline, version + 1);
    }
}
