package org.ascend.recruitment.sponsor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ascend.platform.problem.ApiProblem;
import org.ascend.platform.security.Caller;
import org.ascend.recruitment.application.Application;
import org.ascend.recruitment.application.ApplicationRepository;
import org.ascend.recruitment.application.Sponsorship.Endorsement;
import org.ascend.recruitment.sponsor.events.ApplicationEndorsed;
import org.ascend.recruitment.intake.Intake;
import org.ascend.recruitment.intake.IntakeRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sponsor endorsement. A sponsor acts only on applications that name them: the token's role must be
 * sponsor and its email the one the applicant gave. Any other application looks absent (404).
 */
@Service
public class SponsorService {

    private final ApplicationRepository applications;
    private final IntakeRepository intakes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SponsorService(ApplicationRepository applications, IntakeRepository intakes,
            ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.applications = applications;
        this.intakes = intakes;
        this.events = events;
    }

    public List<Application> namingMe(Caller sponsor) {
        return sponsor.email() == null ? List.of() : applications.namingSponsor(sponsor.email());
    }

    public Application mine(UUID applicationId, Caller sponsor) {
        return applications.find(applicationId)
                .filter(a -> sponsor.email() != null && sponsor.email().equalsIgnoreCase(a.sponsorship().email()))
                .orElseThrow(() -> ApiProblem.notFound("Application", applicationId));
    }

    /** The deadline: the intake's endorsement deadline, or its closing time when it set none. */
    public Instant deadlineOf(Application application) {
        Intake intake = intakes.find(application.intakeId()).orElseThrow();
        return intake.endorsementDeadline() != null ? intake.endorsementDeadline() : intake.closesAt();
    }

    /** Where a sponsor stands with an application: so a list tells what still needs them apart from what cannot. */
    public enum SponsorState {
        /** Pending, and the deadline has not passed: the sponsor can decide now. */
        AWAITING_YOU,
        /** Pending, but the deadline has passed: nothing more to do (the programme team can be contacted). */
        DEADLINE_PASSED,
        /** The applicant withdrew: nothing to decide. */
        WITHDRAWN,
        /** Already endorsed or declined: final. */
        DECIDED
    }

    public SponsorState stateOf(Application application) {
        if (!"SUBMITTED".equals(application.status())) {
            return SponsorState.WITHDRAWN;
        }
        if (application.sponsorship().endorsement() != Endorsement.PENDING) {
            return SponsorState.DECIDED;
        }
        return clock.instant().isBefore(deadlineOf(application)) ? SponsorState.AWAITING_YOU : SponsorState.DEADLINE_PASSED;
    }

    @Transactional
    public Application decide(UUID applicationId, Caller sponsor, Endorsement decision, String comment) {
        Application application = mine(applicationId, sponsor);
        Instant now = clock.instant();
        if (!"SUBMITTED".equals(application.status()) || application.sponsorship().endorsement() != Endorsement.PENDING) {
            throw ApiProblem.conflict("endorsement-closed", "Nothing to decide",
                    "This application is " + application.status().toLowerCase() + " and its endorsement is "
                            + application.sponsorship().endorsement().name().toLowerCase() + "; a decision is final.");
        }
        Instant deadline = deadlineOf(application);
        if (!now.isBefore(deadline)) {
            throw ApiProblem.conflict("endorsement-deadline-passed", "Endorsement deadline passed",
                    "Endorsements for this intake closed at " + deadline + ". Contact the programme team.");
        }
        if (!applications.recordEndorsement(applicationId, decision, comment, now, application.version())) {
            throw ApiProblem.conflict("concurrent-change", "Application changed meanwhile",
                    "The application changed at the same time. Fetch it again and retry.");
        }
        events.publishEvent(new ApplicationEndorsed(UUID.randomUUID(), applicationId, application.intakeId(),
                decision.name(), now, application.version() + 1, now));
        return applications.find(applicationId).orElseThrow();
    }
}
