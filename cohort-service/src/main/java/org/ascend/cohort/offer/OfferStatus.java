package org.ascend.cohort.offer;

/**
 * An offer's life (docs/cohorts.md): on the waiting list, offered, then accepted, declined, expired, or (on the
 * applicant's request, approved by the programme team) deferred to the scheme's next cohort. Withdrawn when the
 * application leaves recruitment.
 */
public enum OfferStatus {
    WAITLISTED, OFFERED, DEFERRAL_REQUESTED, ACCEPTED, DECLINED, EXPIRED, DEFERRED, WITHDRAWN;

    /** Holds a place until answered. */
    public boolean outstanding() {
        return this == OFFERED || this == DEFERRAL_REQUESTED;
    }
}
