package org.ascend.assessment.assessmentcase;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an assessment case stands, and where it may go next (docs/domain.md §2.2). A case waits
 * (PENDING, or INELIGIBLE until an override), is ALLOCATED, and is settled by agreement (SCORED) or, after a
 * further assessor and disagreement, by a moderator (MODERATED); then the programme manager decides.
 * Withdrawal and erasure close it from anywhere, for good.
 */
public enum CaseStatus {
    PENDING, INELIGIBLE, ALLOCATED, EXTRA_ASSESSOR, MODERATION_REQUIRED, SCORED, MODERATED, PROGRESSED, NOT_PROGRESSED,
    WITHDRAWN, ERASED;

    private static final Map<CaseStatus, Set<CaseStatus>> NEXT = Map.of(
            PENDING, EnumSet.of(INELIGIBLE, ALLOCATED),
            INELIGIBLE, EnumSet.of(PENDING),
            ALLOCATED, EnumSet.of(SCORED, EXTRA_ASSESSOR, MODERATION_REQUIRED),
            EXTRA_ASSESSOR, EnumSet.of(SCORED, MODERATION_REQUIRED),
            MODERATION_REQUIRED, EnumSet.of(MODERATED),
            SCORED, EnumSet.of(PROGRESSED, NOT_PROGRESSED),
            MODERATED, EnumSet.of(PROGRESSED, NOT_PROGRESSED));

    /** Withdrawn or erased: nothing moves it again. */
    public boolean closed() {
        return this == WITHDRAWN || this == ERASED;
    }

    /** Has a final score, awaiting (or past) the programme manager's decision. */
    public boolean settled() {
        return this == SCORED || this == MODERATED;
    }

    public boolean decided() {
        return this == PROGRESSED || this == NOT_PROGRESSED;
    }

    public boolean canMoveTo(CaseStatus next) {
        if (closed()) {
            return false;
        }
        return next.closed() || NEXT.getOrDefault(this, Set.of()).contains(next);
    }

    /** The statuses a case may come to {@code next} from. */
    static Set<CaseStatus> before(CaseStatus next) {
        Set<CaseStatus> from = EnumSet.noneOf(CaseStatus.class);
        for (CaseStatus status : values()) {
            if (status.canMoveTo(next)) {
                from.add(status);
            }
        }
        return from;
    }
}
