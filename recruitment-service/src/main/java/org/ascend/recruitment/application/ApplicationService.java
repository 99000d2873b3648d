package org.ascend.recruitment.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ascend.platform.problem.ApiProblem;
import org.ascend.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ascend.recruitment.application.events.ApplicationScreened;
import org.ascend.recruitment.application.events.ApplicationSubmitted;
import org.ascend.recruitment.application.events.ApplicationWithdrawn;
import org.ascend.recruitment.intake.Intake;
import org.ascend.recruitment.eligibility.EligibilityRules;
import org.ascend.recruitment.intake.IntakeRepository;
import org.ascend.recruitment.scheme.Scheme;
import org.ascend.recruitment.scheme.SchemeRepository;
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
    private final SchemeRepository schemes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApplicationService(ApplicationRepository applications, IntakeRepository intakes, SchemeRepository schemes,
            ApplicationEventPublisher events) {
        this.applications = applications;
        this.intakes = intakes;
        this.schemes = schemes;
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
        var screening = schemes.find(intake.schemeId()).map(Scheme::eligibility).orElse(EligibilityRules.none())
                .screen(s.band(), s.regionCode());
        // Two facts in one transaction: submitted (version 1), then screened (version 2).
        var application = new Application(UUID.randomUUID(), intakeId, applicant.subject(), email, s.givenName().strip(),
                s.familyName().strip(), s.regionCode(), s.band(), s.organisationCode().toUpperCase(Locale.ROOT),
                s.currentRole().strip(), "SUBMITTED", now, 2, screening.eligible(),
                String.join(",", screening.reasons()), null);
        applications.insert(application);
        log.info("Application {} submitted to intake {}", application.id(), intakeId); // ids only: no personal data in logs
        events.publishEvent(new ApplicationSubmitted(UUID.randomUUID(), application.id(), intakeId,
                application.regionCode(), application.band(), now, 1, now));
        events.publishEvent(new ApplicationScreened(UUID.randomUUID(), application.id(), intakeId, screening.eligible(),
                screening.reasons(), false, 2, now));
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

    /** A programme manager decides eligibility against the screening, with the reason recorded (audited). */
    @Transactional
    public Application overrideEligibility(UUID id, boolean eligible, String reason) {
        Application application = applications.find(id).orElseThrow(() -> ApiProblem.notFound("Application", id));
        if (!applications.overrideEligibility(id, eligible, reason.strip(), application.version())) {
            throw ApiProblem.conflict("concurrent-change", "Application changed meanwhile",
                    "Someone else changed this application at the same time. Fetch it again and retry.");
        }
        List<String> reasons = application.eligibilityReasons() == null || application.eligibilityReasons().isBlank()
                ? List.of() : List.of(application.eligibilityReasons().split(","));
        events.publishEvent(new ApplicationScreened(UUID.randomUUID(), id, application.intakeId(), eligible, reasons,
                true, application.version() + 1, clock.instant()));
        return applications.find(id).orElseThrow();
    }

    /** Programme managers see any application; an applicant only their own (others look absent). */
    public Application get(UUID id, Caller caller) {
        return applications.find(id)
                .filter(a -> caller.has("programme-manager") || a.applicantSubject().equals(caller.subject()))
                .orElseThrow(() -> ApiProblem.notFound("Application", id));
    }
}
