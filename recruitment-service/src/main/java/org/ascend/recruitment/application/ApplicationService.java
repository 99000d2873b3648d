package org.ascend.recruitment.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.ascend.platform.problem.ApiProblem;
import org.ascend.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ascend.recruitment.application.events.ApplicationSubmitted;
import org.ascend.recruitment.application.events.ApplicationWithdrawn;
import org.ascend.recruitment.intake.Intake;
import org.ascend.recruitment.intake.IntakeRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ApplicationService {

    private static final Logger log = LoggerFactory.getLogger(ApplicationService.class);

    public record Submission(String applicantEmail, String givenName, String familyName, String regionCode,
            String band, String organisationCode, String currentRole) {
    }

    private final ApplicationRepository applications;
    private final IntakeRepository intakes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApplicationService(ApplicationRepository applications, IntakeRepository intakes,
            ApplicationEventPublisher events) {
        this.applications = applications;
        this.intakes = intakes;
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    public Application submit(UUID intakeId, Caller applicant, Submission s) {
        Intake intake = intakes.find(intakeId).orElseThrow(() -> ApiProblem.notFound("Intake", intakeId));
        Instant now = clock.instant();
        if (!intake.acceptsApplicationsAt(now)) {
            throw ApiProblem.conflict("intake-not-open", "Intake is not open",
                    "This intake accepts applications only while open, between " + intake.opensAt() + " and "
                            + intake.closesAt() + " (server time). Look for another open intake of the scheme.");
        }
        String email = s.applicantEmail().strip().toLowerCase(Locale.ROOT);
        if (applications.exists(intakeId, applicant.subject(), email)) {
            throw ApiProblem.conflict("duplicate-application", "Already applied",
                    "This person has already applied to this intake; one application per person per intake.");
        }
        var application = new Application(UUID.randomUUID(), intakeId, applicant.subject(), email, s.givenName().strip(),
                s.familyName().strip(), s.regionCode(), s.band(), s.organisationCode().toUpperCase(Locale.ROOT),
                s.currentRole().strip(), "SUBMITTED", now, 1);
        applications.insert(application);
        log.info("Application {} submitted to intake {}", application.id(), intakeId); // ids only: no personal data in logs
        events.publishEvent(new ApplicationSubmitted(UUID.randomUUID(), application.id(), intakeId,
                application.regionCode(), application.band(), now, application.version(), now));
        return application;
    }

    /** The applicant withdraws their own application, before any outcome. */
    @Transactional
    public Application withdraw(UUID id, Caller applicant) {
        Application application = applications.find(id)
                .filter(a -> a.applicantSubject().equals(applicant.subject()))
                .orElseThrow(() -> ApiProblem.notFound("Application", id));
        if (!application.status().equals("SUBMITTED")
                || !applications.updateStatus(id, "SUBMITTED", "WITHDRAWN", application.version())) {
            throw ApiProblem.conflict("not-withdrawable", "Cannot withdraw",
                    "Only a submitted application can be withdrawn; this one is " + application.status().toLowerCase() + ".");
        }
        Instant now = clock.instant();
        events.publishEvent(new ApplicationWithdrawn(UUID.randomUUID(), id, application.intakeId(), now,
                application.version() + 1, now));
        return applications.find(id).orElseThrow();
    }

    /** Programme managers see any application; an applicant only their own (others look absent). */
    public Application get(UUID id, Caller caller) {
        return applications.find(id)
                .filter(a -> caller.has("programme-manager") || a.applicantSubject().equals(caller.subject()))
                .orElseThrow(() -> ApiProblem.notFound("Application", id));
    }
}
