package org.ascend.cohort.career;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ascend.cohort.career.events.CareerConsentGiven;
import org.ascend.cohort.career.events.CareerConsentWithdrawn;
import org.ascend.cohort.participant.Participant;
import org.ascend.cohort.participant.ParticipantService;
import org.ascend.cohort.participant.ParticipantStatus;
import org.ascend.platform.problem.ApiProblem;
import org.ascend.platform.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent to career tracking (docs/cohorts.md, "Careers"; docs/adr/0015): only the participant gives or withdraws it;
 * the programme team may read it. Each change is audited (the endpoints) and published, without names.
 */
@Service
public class CareerConsentService {

    private final CareerConsentRepository consents;
    private final ParticipantService participants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CareerConsentService(CareerConsentRepository consents, ParticipantService participants, ApplicationEventPublisher events,
            Clock clock) {
        this.consents = consents;
        this.participants = participants;
        this.events = events;
        this.clock = clock;
    }

    /** The consent on record: for the participant and the programme team; 404 when none was ever given. */
    public CareerConsent get(UUID participantId, Caller caller) {
        participants.get(participantId, caller);
        return consents.find(participantId).orElseThrow(() -> ApiProblem.notFound("Career consent of participant", participantId));
    }

    @Transactional
    public CareerConsent give(UUID participantId, int trackForYears, boolean shareInAlumniDirectory, boolean shareInTalentPool,
            Caller caller) {
        Participant participant = ownParticipation(participantId, caller);
        if (participant.status() == ParticipantStatus.WITHDRAWN) {
            throw ApiProblem.conflict("withdrawn-from-programme", "Withdrawn from the programme",
                    "Career tracking follows participants and alumni; this participation was withdrawn.");
        }
        Instant now = clock.instant();
        LocalDate until = LocalDate.now(clock).plusYears(trackForYears);
        CareerConsent given = consents.give(new CareerConsent(participantId, CareerConsent.Status.GIVEN, until,
                shareInAlumniDirectory, shareInTalentPool, now, null, 0));
        events.publishEvent(new CareerConsentGiven(UUID.randomUUID(), participantId, participant.cohortId(), until,
                shareInAlumniDirectory, shareInTalentPool, given.version(), now));
        return given;
    }

    /** Tracking stops at once; what was recorded keeps no link to the person (docs/adr/0015). */
    @Transactional
    public CareerConsent withdraw(UUID participantId, Caller caller) {
        Participant participant = ownParticipation(participantId, caller);
        Instant now = clock.instant();
        if (!consents.withdraw(participantId, now)) {
            throw ApiProblem.conflict("no-consent", "No consent to withdraw",
                    "There is no career-tracking consent in force for this participation: nothing is tracked.");
        }
        CareerConsent withdrawn = consents.find(participantId).orElseThrow();
        events.publishEvent(new CareerConsentWithdrawn(UUID.randomUUID(), participantId, participant.cohortId(),
                withdrawn.version(), now));
        return withdrawn;
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
