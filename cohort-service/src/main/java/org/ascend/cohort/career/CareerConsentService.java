package org.ascend.cohort.career;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ascend.cohort.career.events.CareerConsentGiven;
import org.ascend.cohort.career.events.CareerConsentWithdrawn;
import org.ascend.cohort.cohort.CohortService;
import org.ascend.cohort.participant.Participant;
import org.ascend.cohort.participant.ParticipantService;
import org.ascend.cohort.participant.ParticipantStatus;
import org.ascend.cohort.participant.events.ParticipantCompleted;
import org.ascend.platform.problem.ApiProblem;
import org.ascend.platform.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent to career tracking (docs/cohorts.md, "Careers"; docs/adr/0015): only the participant gives or withdraws it;
 * the programme team may read it. Each change is audited (the endpoints) and published, without names. Withdrawal
 * anonymises what was recorded in the same transaction; other features (alumni, talent pools, networks) drop the
 * person on the {@link CareerConsentWithdrawn} event, also in that transaction.
 */
@Service
public class CareerConsentService {

    private final CareerConsentRepository consents;
    private final CareerRecordRepository records;
    private final CheckinRepository checkins;
    private final ParticipantService participants;
    private final CohortService cohorts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CareerConsentService(CareerConsentRepository consents, CareerRecordRepository records, CheckinRepository checkins,
            ParticipantService participants, CohortService cohorts, ApplicationEventPublisher events, Clock clock) {
        this.consents = consents;
        this.records = records;
        this.checkins = checkins;
        this.participants = participants;
        this.cohorts = cohorts;
        this.events = events;
        this.clock = clock;
    }

    /** The consent on record: for the participant and the programme team; 404 when none was ever given. */
    public CareerConsent get(UUID participantId, Caller caller) {
        participants.get(participantId, caller);
        return consents.find(participantId).orElseThrow(() -> ApiProblem.notFound("Career consent of participant", participantId));
    }

    /** The consent in force for a participant, if tracking runs today. */
    public Optional<CareerConsent> tracking(UUID participantId) {
        return consents.find(participantId).filter(consent -> consent.tracking(LocalDate.now(clock)));
    }

    /** The consent in force, or a 409 that says tracking needs the participant's consent. */
    public CareerConsent requireTracking(UUID participantId) {
        return tracking(participantId).orElseThrow(() -> notTracked(participantId));
    }

    private static ApiProblem notTracked(UUID participantId) {
        return ApiProblem.conflict("no-consent", "Not tracked",
                "This participant has not consented to career tracking, has withdrawn it, or its period has ended: "
                        + "nothing about their career can be recorded. Only they can consent, at "
                        + "PUT /api/cohorts/participants/" + participantId + "/career-consent.");
    }

    /** Every consent whose tracking runs on {@code today} (for the check-in job). */
    List<CareerConsent> allTracking(LocalDate today) {
        return consents.tracking(today);
    }

    /** The next version of the participant's career on the career topic; requires consent in force. */
    long nextVersion(UUID participantId) {
        return consents.nextVersion(participantId).orElseThrow(() -> notTracked(participantId));
    }

    /**
     * Tracking runs for {@code trackForYears} after completing (the scheme's usual 3), counted from the cohort's end
     * while the participant has not completed yet.
     */
    @Transactional
    public CareerConsent give(UUID participantId, int trackForYears, boolean shareInAlumniDirectory, boolean shareInTalentPool,
            boolean shareEmailWithTalentLeads, Caller caller) {
        Participant participant = ownParticipation(participantId, caller);
        if (participant.status() == ParticipantStatus.WITHDRAWN) {
            throw ApiProblem.conflict("withdrawn-from-programme", "Withdrawn from the programme",
                    "Career tracking follows participants and alumni; this participation was withdrawn.");
        }
        Instant now = clock.instant();
        Optional<LocalDate> completedOn = participants.completedOn(participant);
        LocalDate from = completedOn.orElse(cohorts.byId(participant.cohortId()).endsOn());
        LocalDate until = from.plusYears(trackForYears);
        if (until.isBefore(LocalDate.now(clock))) {
            throw ApiProblem.invalidFields(java.util.Map.of("trackForYears", "tracking would have ended on " + until
                    + ", " + trackForYears + " years after completing on " + from + "; choose more years (up to 10)"));
        }
        CareerConsent given = consents.give(new CareerConsent(participantId, CareerConsent.Status.GIVEN, trackForYears,
                completedOn.orElse(null), until, shareInAlumniDirectory, shareInTalentPool, shareEmailWithTalentLeads, now, null, 0));
        publishGiven(given, participant.cohortId(), now);
        return given;
    }

    /**
     * A consenting participant completed: their tracking period now counts from that day, and the consent as it now
     * stands is published again, so consumers learn when the participant's career clock started.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ParticipantCompleted completed) {
        Participant participant = participants.byId(completed.participantId());
        participants.completedOn(participant).flatMap(on -> consents.completed(participant.id(), on))
                .ifPresent(consent -> publishGiven(consent, participant.cohortId(), clock.instant()));
    }

    private void publishGiven(CareerConsent consent, UUID cohortId, Instant now) {
        events.publishEvent(new CareerConsentGiven(UUID.randomUUID(), consent.participantId(), cohortId, consent.completedOn(),
                consent.trackUntil(), consent.shareInAlumniDirectory(), consent.shareInTalentPool(), consent.version(), now));
    }

    /** Tracking stops at once; what was recorded keeps no link to the person (docs/adr/0015). */
    @Transactional
    public CareerConsent withdraw(UUID participantId, Caller caller) {
        Participant participant = ownParticipation(participantId, caller);
        if (!stopTracking(participant)) {
            throw ApiProblem.conflict("no-consent", "No consent to withdraw",
                    "There is no career-tracking consent in force for this participation: nothing is tracked.");
        }
        return consents.find(participantId).orElseThrow();
    }

    /** Erasure of the people of these participations (recruitment's erasure event): their careers end as a withdrawal. */
    @Transactional
    public void erase(List<UUID> participantIds) {
        participantIds.forEach(id -> stopTracking(participants.byId(id)));
    }

    private boolean stopTracking(Participant participant) {
        Instant now = clock.instant();
        records.anonymise(participant.id(), now);
        checkins.anonymise(participant.id(), now);
        if (!consents.withdraw(participant.id(), now)) {
            return false;
        }
        CareerConsent withdrawn = consents.find(participant.id()).orElseThrow();
        events.publishEvent(new CareerConsentWithdrawn(UUID.randomUUID(), participant.id(), participant.cohortId(),
                withdrawn.version(), now));
        return true;
    }

    /** Consent is the participant's alone: anyone else, the programme team included, is told it is not theirs to give. */
    private Participant ownParticipation(UUID participantId, Caller caller) {
        Participant participant = participants.get(participantId, caller);
        if (!caller.subject().equals(participant.applicantSubject())) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "consent-is-personal", "Only the participant can consent",
                    "Consent to career tracking is given or withdrawn by the participant themselves, signed in.");
        }
        return participant;
    }
}
