package org.ascend.cohort.offer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ascend.cohort.cohort.Cohort;
import org.ascend.cohort.cohort.CohortService;
import org.ascend.cohort.cohort.CohortStatus;
import org.ascend.cohort.offer.events.OfferAccepted;
import org.ascend.cohort.offer.events.OfferDeclined;
import org.ascend.cohort.offer.events.OfferDeferred;
import org.ascend.cohort.offer.events.OfferExpired;
import org.ascend.cohort.offer.events.OfferMade;
import org.ascend.cohort.offer.events.WaitlistPromoted;
import org.ascend.cohort.outcome.StageOutcome;
import org.ascend.cohort.outcome.StageOutcomes;
import org.ascend.platform.problem.ApiProblem;
import org.ascend.platform.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers and the waiting list of a cohort (docs/cohorts.md). Places change only with the cohort's row locked, so
 * offers, acceptances and capacity changes never overlap: a cohort is never over-filled. A place freed by a
 * decline, an expiry, a deferral or a withdrawal goes at once to the next on the waiting list.
 */
@Service
public class OfferService {

    /** A cohort's places at a glance. {@code free} is what is neither accepted nor waiting for an answer. */
    public record Places(UUID cohortId, int capacity, int accepted, int offered, int free, int waiting) {
    }

    private final OfferRepository offers;
    private final CohortService cohorts;
    private final StageOutcomes outcomes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OfferService(OfferRepository offers, CohortService cohorts, StageOutcomes outcomes, ApplicationEventPublisher events,
            Clock clock) {
        this.offers = offers;
        this.cohorts = cohorts;
        this.outcomes = outcomes;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Offers in rank order up to the cohort's capacity, the rest who progressed on its waiting list. From the
     * named stage, or the intake's last decided one; applications already placed in another cohort of the intake
     * are left out.
     */
    @Transactional
    public Places generate(UUID cohortId, String stage, int respondDays) {
        Cohort cohort = cohorts.lock(cohortId);
        if (cohort.status() != CohortStatus.PLANNED && cohort.status() != CohortStatus.RUNNING) {
            throw ApiProblem.conflict("cohort-closed", "Cohort takes no offers",
                    "This cohort is " + cohort.status().name().toLowerCase() + "; only a planned or running cohort makes offers.");
        }
        if (!offers.ofCohort(cohortId).isEmpty()) {
            throw ApiProblem.conflict("offers-exist", "Offers already made",
                    "This cohort's offers were generated already. Places freed later go to its waiting list by themselves.");
        }
        String from = stage != null ? stage : outcomes.finalDecidedStage(cohort.intakeId()).orElseThrow(() -> ApiProblem.conflict(
                "no-outcome", "No stage outcome yet",
                "Assessment has not decided any stage of this intake yet. Decide the final stage's outcomes first."));
        Set<UUID> placed = new HashSet<>(offers.applicationsPlaced(cohort.intakeId()));
        List<StageOutcome> ranked = outcomes.progressingInRankOrder(cohort.intakeId(), from).stream()
                .filter(o -> !placed.contains(o.applicationId())).toList();
        if (ranked.isEmpty()) {
            throw ApiProblem.conflict("no-candidates", "Nobody to offer a place to",
                    "No application progresses from stage " + from + " of this intake without a place already. Check the "
                            + "stage's decisions in assessment.");
        }
        Instant now = clock.instant();
        for (int i = 0; i < ranked.size(); i++) {
            boolean offered = i < cohort.capacity();
            Offer offer = new Offer(UUID.randomUUID(), cohortId, cohort.intakeId(), ranked.get(i).applicationId(), from, i + 1,
                    offered ? OfferStatus.OFFERED : OfferStatus.WAITLISTED, respondDays,
                    offered ? now.plus(Duration.ofDays(respondDays)) : null, offered ? now : null, null, null, null, null, 1);
            offers.insert(offer);
            if (offered) {
                events.publishEvent(new OfferMade(UUID.randomUUID(), offer.id(), cohortId, offer.intakeId(),
                        offer.applicationId(), offer.rank(), offer.respondBy(), false, 1, now));
            }
        }
        return places(cohortId);
    }

    public Places places(UUID cohortId) {
        Cohort cohort = cohorts.get(cohortId, Caller.current());
        return places(cohort, offers.ofCohort(cohortId));
    }

    /** A cohort's offers and waiting list in rank order (programme team). */
    public List<Offer> ofCohort(UUID cohortId) {
        cohorts.get(cohortId, Caller.current());
        return offers.ofCohort(cohortId);
    }

    /** Recruitment says whose application this is: the applicant can now see and answer its offers. */
    @Transactional
    public void identify(UUID applicationId, String applicantSubject) {
        offers.identify(applicationId, applicantSubject);
    }

    /** An offer, for the features built on it (a participant is enrolled from one). */
    public Offer get(UUID offerId) {
        return offers.find(offerId).orElseThrow(() -> ApiProblem.notFound("Offer", offerId));
    }

    /**
     * Erasure: who the offers were for is forgotten (and any note with a decline); an offer still open or a place on
     * the waiting list is withdrawn, and a freed place goes to the next on the waiting list.
     */
    @Transactional
    public void forget(List<UUID> applicationIds) {
        Instant now = clock.instant();
        for (UUID applicationId : applicationIds) {
            for (Offer offer : offers.ofApplication(applicationId)) {
                cohorts.lock(offer.cohortId());
                Offer current = offers.find(offer.id()).orElseThrow();
                if ((current.status().outstanding() || current.status() == OfferStatus.WAITLISTED)
                        && offers.transition(current.id(), current.status(), current.version(), OfferStatus.WITHDRAWN, now)) {
                    promoteFromWaitingList(current.cohortId());
                }
            }
            offers.forgetApplicant(applicationId);
        }
    }

    /** The caller's own offers. */
    public List<Offer> mine(Caller applicant) {
        return offers.ofSubject(applicant.subject());
    }

    @Transactional
    public Offer accept(UUID offerId, Caller applicant) {
        Offer offer = own(offerId, applicant);
        Cohort cohort = cohorts.lock(offer.cohortId());
        offer = offers.find(offerId).orElseThrow();
        requireOpen(offer);
        long accepted = offers.ofCohort(cohort.id()).stream().filter(o -> o.status() == OfferStatus.ACCEPTED).count();
        if (accepted >= cohort.capacity()) {
            throw ApiProblem.conflict("cohort-full", "No place left",
                    "Every place in this cohort has been accepted. The programme team can tell you about the waiting list.");
        }
        Instant now = clock.instant();
        transition(offer, OfferStatus.OFFERED, OfferStatus.ACCEPTED, now);
        events.publishEvent(new OfferAccepted(UUID.randomUUID(), offer.id(), offer.cohortId(), offer.intakeId(),
                offer.applicationId(), offer.version() + 1, now));
        return offers.find(offerId).orElseThrow();
    }

    @Transactional
    public Offer decline(UUID offerId, DeclineReason reason, String note, Caller applicant) {
        Offer offer = own(offerId, applicant);
        cohorts.lock(offer.cohortId());
        offer = offers.find(offerId).orElseThrow();
        requireOpen(offer);
        Instant now = clock.instant();
        if (!offers.decline(offerId, offer.version(), reason, note, now)) {
            throw changedMeanwhile();
        }
        events.publishEvent(new OfferDeclined(UUID.randomUUID(), offer.id(), offer.cohortId(), offer.intakeId(),
                offer.applicationId(), reason, offer.version() + 1, now));
        promoteFromWaitingList(offer.cohortId());
        return offers.find(offerId).orElseThrow();
    }

    /** The applicant asks to join the scheme's next cohort instead; the place stays theirs until the team decides. */
    @Transactional
    public Offer requestDeferral(UUID offerId, Caller applicant) {
        Offer offer = own(offerId, applicant);
        cohorts.lock(offer.cohortId());
        offer = offers.find(offerId).orElseThrow();
        requireOpen(offer);
        transition(offer, OfferStatus.OFFERED, OfferStatus.DEFERRAL_REQUESTED, null);
        return offers.find(offerId).orElseThrow();
    }

    /** Approved: the applicant goes to the next cohort and the place to the waiting list. Refused: the offer stands. */
    @Transactional
    public Offer decideDeferral(UUID offerId, boolean approve) {
        Offer offer = offers.find(offerId).orElseThrow(() -> ApiProblem.notFound("Offer", offerId));
        cohorts.lock(offer.cohortId());
        offer = offers.find(offerId).orElseThrow();
        if (offer.status() != OfferStatus.DEFERRAL_REQUESTED) {
            throw ApiProblem.conflict("no-deferral-request", "No deferral to decide",
                    "This offer is " + offer.status().name().toLowerCase() + "; only a requested deferral can be approved or refused.");
        }
        Instant now = clock.instant();
        if (!approve) {
            transition(offer, OfferStatus.DEFERRAL_REQUESTED, OfferStatus.OFFERED, null);
            return offers.find(offerId).orElseThrow();
        }
        transition(offer, OfferStatus.DEFERRAL_REQUESTED, OfferStatus.DEFERRED, now);
        events.publishEvent(new OfferDeferred(UUID.randomUUID(), offer.id(), offer.cohortId(), offer.intakeId(),
                offer.applicationId(), offer.version() + 1, now));
        promoteFromWaitingList(offer.cohortId());
        return offers.find(offerId).orElseThrow();
    }

    /** Offers past their deadline expire; each freed place goes to the waiting list. Returns how many expired. */
    @Transactional
    public int expireDue() {
        Instant now = clock.instant();
        int expired = 0;
        for (UUID id : offers.dueBefore(now)) {
            Offer due = offers.find(id).orElseThrow();
            cohorts.lock(due.cohortId());
            Offer offer = offers.find(id).orElseThrow();
            if (offer.status() == OfferStatus.OFFERED && !offer.respondBy().isAfter(now)
                    && offers.transition(id, OfferStatus.OFFERED, offer.version(), OfferStatus.EXPIRED, now)) {
                events.publishEvent(new OfferExpired(UUID.randomUUID(), offer.id(), offer.cohortId(), offer.intakeId(),
                        offer.applicationId(), offer.version() + 1, now));
                promoteFromWaitingList(offer.cohortId());
                expired++;
            }
        }
        return expired;
    }

    /** A new capacity, never below what has been accepted; a larger one offers places from the waiting list. */
    @Transactional
    public Places changeCapacity(UUID cohortId, int capacity) {
        cohorts.lock(cohortId);
        long accepted = offers.ofCohort(cohortId).stream().filter(o -> o.status() == OfferStatus.ACCEPTED).count();
        if (capacity < accepted) {
            throw ApiProblem.conflict("capacity-below-accepted", "Capacity below acceptances",
                    accepted + " people have accepted a place in this cohort; its capacity cannot go below that.");
        }
        cohorts.changeCapacity(cohortId, capacity);
        promoteFromWaitingList(cohortId);
        return places(cohortId);
    }

    /** While places are free, the next on the waiting list (lowest rank) is offered one. Cohort row locked by the caller. */
    private void promoteFromWaitingList(UUID cohortId) {
        Cohort cohort = cohorts.lock(cohortId);
        List<Offer> all = offers.ofCohort(cohortId);
        Places places = places(cohort, all);
        Instant now = clock.instant();
        List<Offer> waiting = all.stream().filter(o -> o.status() == OfferStatus.WAITLISTED).toList();
        for (int i = 0; i < Math.min(places.free(), waiting.size()); i++) {
            Offer next = waiting.get(i);
            Instant respondBy = now.plus(Duration.ofDays(next.respondDays()));
            offers.offer(next.id(), now, respondBy);
            events.publishEvent(new WaitlistPromoted(UUID.randomUUID(), next.id(), cohortId, next.intakeId(),
                    next.applicationId(), next.rank(), next.version() + 1, now));
            events.publishEvent(new OfferMade(UUID.randomUUID(), next.id(), cohortId, next.intakeId(),
                    next.applicationId(), next.rank(), respondBy, true, next.version() + 1, now));
        }
    }

    private static Places places(Cohort cohort, List<Offer> all) {
        int accepted = (int) all.stream().filter(o -> o.status() == OfferStatus.ACCEPTED).count();
        int offered = (int) all.stream().filter(o -> o.status().outstanding()).count();
        int waiting = (int) all.stream().filter(o -> o.status() == OfferStatus.WAITLISTED).count();
        return new Places(cohort.id(), cohort.capacity(), accepted, offered, Math.max(0, cohort.capacity() - accepted - offered),
                waiting);
    }

    /** The applicant's own offer; anyone else's looks absent. */
    private Offer own(UUID offerId, Caller applicant) {
        return offers.find(offerId).filter(o -> applicant.subject().equals(o.applicantSubject()))
                .orElseThrow(() -> ApiProblem.notFound("Offer", offerId));
    }

    private void requireOpen(Offer offer) {
        if (offer.status() != OfferStatus.OFFERED) {
            throw ApiProblem.conflict("offer-not-open", "Offer not open",
                    "This offer is " + offer.status().name().toLowerCase().replace('_', ' ') + "; it can no longer be answered.");
        }
        if (!offer.respondBy().isAfter(clock.instant())) {
            throw ApiProblem.conflict("offer-expired", "Offer expired",
                    "The deadline to answer this offer has passed. The programme team can tell you about the waiting list.");
        }
    }

    private void transition(Offer offer, OfferStatus from, OfferStatus to, Instant decidedAt) {
        if (!offers.transition(offer.id(), from, offer.version(), to, decidedAt)) {
            throw changedMeanwhile();
        }
    }

    private static ApiProblem changedMeanwhile() {
        return ApiProblem.conflict("concurrent-change", "Offer changed meanwhile",
                "Someone changed this offer at the same time. Fetch it again and retry.");
    }
}
