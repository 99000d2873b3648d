package org.ascend.cohort.participant;

import java.util.Set;

/**
 * A participant's standing (docs/cohorts.md): active from enrolment; deferred (to return) or withdrawn (with a
 * reason); completed once the cohort's completion rules are met. Withdrawn and completed are final.
 */
public enum ParticipantStatus {
    ACTIVE, DEFERRED, WITHDRAWN, COMPLETED;

    public boolean mayBecome(ParticipantStatus next) {
        return switch (this) {
            case ACTIVE -> Set.of(DEFERRED, WITHDRAWN, COMPLETED).contains(next);
            case DEFERRED -> Set.of(ACTIVE, WITHDRAWN).contains(next);
            case WITHDRAWN, COMPLETED -> false;
        };
    }
}
