package org.ascend.recruitment.application;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ascend.platform.problem.ApiProblem;
import org.ascend.platform.security.Caller;
import org.ascend.recruitment.application.events.ApplicantEmployerRecorded;
import org.ascend.recruitment.application.events.ApplicationScreened;
import org.ascend.recruitment.application.events.ApplicationSubmitted;
import org.ascend.recruitment.application.events.ApplicationWithdrawn;
import org.ascend.recruitment.eligibility.EligibilityReason;
import org.ascend.recruitment.eligibility.EligibilityRules;
import org.ascend.recruitment.eligibility.PositiveAction;
import org.ascend.recruitment.intake.Answers;
import org.ascend.recruitment.intake.Intake;
import org.ascend.recruitment.intake.IntakeRepository;
import org.ascend.recruitment.scheme.Scheme;
import org.ascend.recruitment.scheme.SchemeRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ApplicationService {

    private static final Logger log = LoggerFactory.getLogger(ApplicationService.class);

    private final ApplicationRepository applications;
    private final IntakeRepository intakes;
    private final SchemeRepository schemes;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApplicationService(ApplicationRepository applications, IntakeRepository intakes, SchemeRepository schemes,
            JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.applications = applications;
        this.intakes = intakes;
        this.schemes = schemes;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public Application submit(UUID intakeId, Caller applicant, ApplicationForm form) {
        Intake intake = intakes.find(intakeId).orElseThrow(() -> ApiProblem.notFound("Intake", intakeId));
        Instant now = clock.instant();
        if (!intake.acceptsApplicationsAt(now)) {
            throw ApiProblem.conflict("intake-not-open", "Intake is not open",
                    "This intake accepts applications only while open, between " + intake.opensAt() + " and "
                            + intake.closesAt() + " (server time). Look for another open intake of the scheme.");
        }
        Map<String, String> problems = new HashMap<>(Answers.problems(intake.questions(), form.answers()));
        if (intake.sponsorRequired() && form.sponsor() == null) {
            problems.put("sponsor", "is required: this intake needs a sponsor's endorsement");
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.invalidFields(problems);
        }
        String email = form.applicantEmail().strip().toLowerCase(Locale.ROOT);
        if (applications.exists(intakeId, applicant.subject(), email)) {
            throw ApiProblem.conflict("duplicate-application", "Already applied",
                    "This person has already applied to this intake; one application per person per intake.");
        }
        Scheme scheme = schemes.find(intake.schemeId()).orElseThrow();
        var profile = new ApplicantProfile(email, form.givenName().strip(), form.familyName().strip(), form.regionCode(),
                form.band(), form.organisationCode().toUpperCase(Locale.ROOT), form.organisationType(), form.profession(),
                form.currentRole().strip(), scheme.positiveAction().targeted() ? Boolean.TRUE.equals(form.confirmsTargetedGroup()) : null);
        var screening = screen(scheme, profile);
        var sponsorship = form.sponsor() == null ? Sponsorship.none()
                : new Sponsorship(form.sponsor().name().strip(), form.sponsor().email().strip().toLowerCase(Locale.ROOT),
                        Sponsorship.Endorsement.PENDING, null, null);
        // Two facts in one transaction: submitted (version 1), then screened (version 2).
        var application = new Application(UUID.randomUUID(), intakeId, applicant.subject(), profile,
                form.answers() == null ? Map.of() : form.answers(), sponsorship, "SUBMITTED", now, 2,
                screening.eligible(), screening.codes(), null, null);
        applications.insert(application);
        // A draft becomes the application: nothing half-finished stays behind (the draft feature forgets it).
        events.publishEvent(new ApplicantSubmitted(intakeId, applicant.subject()));
        log.info("Application {} submitted to intake {}", application.id(), intakeId); // ids only: no personal data in logs
        events.publishEvent(new ApplicationSubmitted(UUID.randomUUID(), application.id(), intakeId,
                profile.regionCode(), profile.band(), now, 1, now));
        events.publishEvent(new ApplicationScreened(UUID.randomUUID(), application.id(), intakeId, screening.eligible(),
                screening.reasons(), false, 2, now));
        // Restricted topic, for the assessment allocator's conflict checks only.
        events.publishEvent(new ApplicantEmployerRecorded(UUID.randomUUID(), application.id(), intakeId,
                profile.organisationCode(), 1, now));
        return application;
    }

    private static EligibilityRules.Screening screen(Scheme scheme, ApplicantProfile p) {
        PositiveAction positiveAction = scheme.positiveAction();
        return scheme.eligibility().screen(new EligibilityRules.Candidate(p.band(), p.regionCode(), p.profession(),
                p.organisationType(), Boolean.TRUE.equals(p.confirmsTargetedGroup())), positiveAction);
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
        events.publishEvent(new ApplicationScreened(UUID.randomUUID(), id, application.intakeId(), eligible,
                application.eligibilityReasons().stream().map(EligibilityReason::valueOf).toList(), true, application.version() + 1, clock.instant()));
        return applications.find(id).orElseThrow();
    }

    /** Programme managers see any application; an applicant only their own (others look absent). */
    public Application get(UUID id, Caller caller) {
        return applications.find(id)
                .filter(a -> caller.has("programme-manager") || a.applicantSubject().equals(caller.subject()))
                .orElseThrow(() -> ApiProblem.notFound("Application", id));
    }
}
