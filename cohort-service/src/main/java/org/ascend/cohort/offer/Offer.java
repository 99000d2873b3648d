package org.ascend.cohort.offer;

import java.time.Instant;
import java.util.UUID;

/**
 * A place offered in a cohort, or a place on its waiting list, in rank order from the stage outcome. The
 * applicant's subject is known once recruitment has identified them (restricted topic, docs/adr/0012).
 */
public record Offer(UUID id, UUID cohortId, UUID intakeId, UUID applicationId, String stage, int rank, OfferStatus status,
        int respondDays, Instant respondBy, Instant offeredAt, Instant decidedAt, DeclineReason declineReason,
        String declineNote, String applicantSubject, long version) {
}
