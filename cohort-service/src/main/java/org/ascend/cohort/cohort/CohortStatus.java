package org.ascend.cohort.cohort;

import java.util.Set;

/**
 * Where a cohort stands (docs/cohorts.md): planned, then running, then completed; a planned or running
 * cohort may be cancelled, with a reason. Nothing leaves completed or cancelled.
 */
public enum CohortStatus {
    PLANNED, RUNNING, COMPLETED, CANCELLED;

    public boolean mayBecome(CohortStatus next) {
        return switch (this) {
            case PLANNED -> Set.of(RUNNING, CANCELLED).contains(next);
            case RUNNING -> Set.of(COMPLETED, CANCELLED).contains(next);
            case COMPLETED, CANCELLED -> false;
        };
    }
}
