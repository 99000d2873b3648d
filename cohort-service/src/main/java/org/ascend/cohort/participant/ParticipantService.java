package org.ascend.cohort.participant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ascend.cohort.cohort.Cohort;
import org.ascend.cohort.cohort.CohortService;
import org.ascend.cohort.offer.Offer;
import org.ascend.cohort.offer.OfferService;
import org.ascend.cohort.offer.events.OfferAccepted;
import org.ascend.cohort.participant.events.ParticipantCompleted;
import org.ascend.cohort.participant.events.ParticipantDeferred;
import org.ascend.cohort.participant.events.ParticipantEnrolled;
import org.ascend.cohort.participant.events.ParticipantResumed;
import org.ascend.cohort.participant.events.ParticipantWithdrawn;
import org.ascend.platform.events.DomainEvent;
import org.ascend.platform.problem.ApiProblem;
import org.ascend.platform.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participants (docs/cohorts.md): enrolled in the transaction that accepts their offer; their contact details
 * recorded when recruitment releases them; each change of status kept with who made it, when and why.
 */
@Service
public class ParticipantService {

    private final ParticipantRepository participants;
    private final OfferService offers;
    private final CohortService cohorts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ParticipantService(ParticipantRepository participants, OfferService offers, CohortService cohorts,
            ApplicationEventPublisher events, Clock clock) {
        this.participants = participants;
        this.offers = offers;
        this.cohorts = cohorts;
        this.events = events;
        this.clock = clock;
    }

    /** Accepting an offer enrols its applicant, in the same transaction. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void enrol(OfferAccepted accepted) {
        Offer offer = offers.get(accepted.offerId());
        Instant now = clock.instant();
        Participant participant = new Participant(UUID.randomUUID(), offer.cohortId(), offer.id(), offer.intakeId(),
                offer.applicationId(), offer.applicantSubject(), ParticipantStatus.ACTIVE, null, null, now, null, 1);
        if (participants.insert(participant)) {
            participants.recordStatusChange(participant.id(), null, ParticipantStatus.ACTIVE, "accepted the offer", null,
                    offer.applicantSubject(), now);
            events.publishEvent(new ParticipantEnrolled(UUID.randomUUID(), participant.id(), participant.cohortId(),
                    participant.intakeId(), participant.applicationId(), 1, now));
        }
    }

    @Transactional
    public void recordContact(UUID applicationId, Participant.Contact contact) {
        participants.recordContact(applicationId, contact, clock.instant());
    }

    /** A cohort's participants, for the programme team. */
    public List<Participant> ofCohort(UUID cohortId, Caller caller) {
        cohorts.get(cohortId, caller);
        return participants.ofCohort(cohortId);
    }

    public Participant get(UUID id, Caller caller) {
        Participant participant = participants.find(id).orElseThrow(() -> ApiProblem.notFound("Participant", id));
        if (caller.has("programme-manager") || caller.subject().equals(participant.applicantSubject())) {
            return participant;
        }
        throw ApiProblem.notFound("Participant", id);
    }

    /** For a development plan: the programme team, the participant, or the sponsor named on their application. */
    public Participant getForPlan(UUID id, Caller caller) {
        Participant participant = participants.find(id).orElseThrow(() -> ApiProblem.notFound("Participant", id));
        boolean sponsor = caller.has("sponsor") && caller.email() != null && participant.contact() != null
                && caller.email().equalsIgnoreCase(participant.contact().sponsorEmail());
        if (sponsor || caller.has("programme-manager") || caller.subject().equals(participant.applicantSubject())) {
            return participant;
        }
        throw ApiProblem.notFound("Participant", id);
    }

    /** A participant, for the service's own jobs (no caller). */
    public Participant byId(UUID id) {
        return participants.find(id).orElseThrow(() -> ApiProblem.notFound("Participant", id));
    }

    /**
     * The day a participant completed: when it was recorded, but no later than their cohort's end (completions are
     * often recorded after the last session, and the demo records historical cohorts years later). Empty unless
     * completed. Career check-ins and the tracking period count from it (docs/cohorts.md, "Careers").
     */
    public Optional<LocalDate> completedOn(Participant participant) {
        LocalDate endsOn = cohorts.byId(participant.cohortId()).endsOn();
        return participants.completedAt(participant.id()).map(at -> LocalDate.ofInstant(at, clock.getZone()))
                .map(recorded -> recorded.isAfter(endsOn) ? endsOn : recorded);
    }

    /** The participants of these applications, any status (for erasure). */
    public List<UUID> idsOfApplications(List<UUID> applicationIds) {
        return applicationIds.isEmpty() ? List.of() : participants.idsOfApplications(applicationIds);
    }

    /** Everyone who completed a cohort of the scheme: its alumni (docs/cohorts.md, "Alumni"). */
    public List<Participant> alumniOf(UUID schemeId) {
        return participants.completedOfScheme(schemeId);
    }

    /** The caller's own participations. */
    public List<Participant> mine(Caller caller) {
        return participants.ofSubject(caller.subject());
    }

    /** The cohorts the caller takes part in (name, dates, scope, delivery partners), as a participant sees them. */
    public List<Cohort> myCohorts(Caller caller) {
        return mine(caller).stream().map(Participant::cohortId).distinct().map(cohorts::byId).toList();
    }

    public List<StatusChange> history(UUID id, Caller caller) {
        return participants.history(get(id, caller).id());
    }

    /** The programme team moves a participant on: deferred, back to active, withdrawn (with a reason) or completed. */
    @Transactional
    public Participant changeStatus(UUID id, ParticipantStatus to, String reason, WithdrawalReason reasonCategory,
            Caller by) {
        Participant participant = participants.find(id).orElseThrow(() -> ApiProblem.notFound("Participant", id));
        if (!participant.status().mayBecome(to)) {
            throw ApiProblem.conflict("participant-status", "Participant cannot move on like that",
                    "This participant is " + participant.status().name().toLowerCase() + "; they cannot become "
                            + to.name().toLowerCase() + ". Active participants may defer, withdraw or complete; deferred ones "
                            + "may come back or withdraw.");
        }
        if (!participants.changeStatus(id, participant.status(), participant.version(), to)) {
            throw ApiProblem.conflict("concurrent-change", "Participant changed meanwhile",
                    "Someone changed this participant at the same time. Fetch it again and retry.");
        }
        Instant now = clock.instant();
        participants.recordStatusChange(id, participant.status(), to, reason, reasonCategory, by.subject(), now);
        events.publishEvent(event(participant, to, reasonCategory, now));
        return participants.find(id).orElseThrow();
    }

    /** Erasure: the people leave, anonymised; their places in the counts stay. */
    @Transactional
    public void erase(List<UUID> applicationIds) {
        if (!applicationIds.isEmpty()) {
            participants.anonymise(applicationIds, clock.instant());
        }
    }

    private static DomainEvent event(Participant p, ParticipantStatus to, WithdrawalReason reasonCategory, Instant now) {
        long version = p.version() + 1;
        return switch (to) {
            case DEFERRED -> new ParticipantDeferred(UUID.randomUUID(), p.id(), p.cohortId(), p.intakeId(), p.applicationId(), version, now);
            case ACTIVE -> new ParticipantResumed(UUID.randomUUID(), p.id(), p.cohortId(), p.intakeId(), p.applicationId(), version, now);
            case WITHDRAWN -> new ParticipantWithdrawn(UUID.randomUUID(), p.id(), p.cohortId(), p.intakeId(), p.applicationId(),
                    reasonCategory, version, now);
            case COMPLETED -> new ParticipantCompleted(UUID.randomUUID(), p.id(), p.cohortId(), p.intakeId(), p.applicationId(), version, now);
        };
    }
}
