package org.ascend.recruitment.draft;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.ascend.platform.problem.ApiProblem;
import org.ascend.platform.security.Caller;
import org.ascend.recruitment.application.Application;
import org.ascend.recruitment.application.ApplicationForm;
import org.ascend.recruitment.application.ApplicantSubmitted;
import org.ascend.recruitment.application.ApplicationService;
import org.ascend.recruitment.intake.Intake;
import org.ascend.recruitment.intake.IntakeArchived;
import org.ascend.recruitment.intake.IntakeRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Save and resume: an applicant keeps one draft per intake while it is open, and submits it when
 * ready. Nothing is checked on save; everything is checked on submit, exactly as a direct submission.
 */
@Service
public class DraftService {

    private static final Logger log = LoggerFactory.getLogger(DraftService.class);

    private static final TypeReference<Map<String, Object>> CONTENT = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Validator validator;
    private final IntakeRepository intakes;
    private final ApplicationService applications;
    private final Clock clock;

    DraftService(JdbcClient jdbc, JsonMapper json, Validator validator, IntakeRepository intakes,
            ApplicationService applications, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.json = json;
        this.validator = validator;
        this.intakes = intakes;
        this.applications = applications;
    }

    @Transactional
    public Draft save(UUID intakeId, Caller applicant, Map<String, Object> content) {
        Intake intake = intakes.find(intakeId).orElseThrow(() -> ApiProblem.notFound("Intake", intakeId));
        Instant now = clock.instant();
        if (!intake.acceptsApplicationsAt(now)) {
            throw ApiProblem.conflict("intake-not-open", "Intake is not open",
                    "Drafts can be saved only while the intake is open (until " + intake.closesAt() + ", server time).");
        }
        jdbc.sql("""
                INSERT INTO application_draft (intake_id, applicant_subject, content, saved_at)
                VALUES (:intake, :subject, CAST(:content AS jsonb), :now)
                ON CONFLICT (intake_id, applicant_subject) DO UPDATE SET content = EXCLUDED.content, saved_at = EXCLUDED.saved_at""")
                .param("intake", intakeId).param("subject", applicant.subject())
                .param("content", json.writeValueAsString(content)).param("now", Timestamp.from(now)).update();
        return new Draft(intakeId, content, now);
    }

    /** Submitted: the draft became the application. */
    @EventListener
    void on(ApplicantSubmitted submitted) {
        jdbc.sql("DELETE FROM application_draft WHERE intake_id = :intake AND applicant_subject = :subject")
                .param("intake", submitted.intakeId()).param("subject", submitted.subject()).update();
    }

    /** Archived: drafts for the intake can never be submitted now. */
    @EventListener
    void on(IntakeArchived archived) {
        int drafts = jdbc.sql("DELETE FROM application_draft WHERE intake_id = :id").param("id", archived.intakeId()).update();
        log.info("Intake {} archived: {} unsubmitted drafts deleted", archived.intakeId(), drafts);
    }

    /** Erasure: every draft of the person goes. */
    public void discardAllOf(String subject) {
        jdbc.sql("DELETE FROM application_draft WHERE applicant_subject = :subject").param("subject", subject).update();
    }

    /** Retention: drafts of intakes closed longer ago than their scheme's retention period go; returns how many. */
    public int discardExpired(Instant now) {
        return jdbc.sql("""
                DELETE FROM application_draft d USING intake i, scheme s
                WHERE d.intake_id = i.id AND s.id = i.scheme_id
                  AND i.closes_at + make_interval(months => s.retention_months) < :now""")
                .param("now", java.sql.Timestamp.from(now)).update();
    }

    public Draft get(UUID intakeId, Caller applicant) {
        return jdbc.sql("SELECT content, saved_at FROM application_draft WHERE intake_id = :intake AND applicant_subject = :subject")
                .param("intake", intakeId).param("subject", applicant.subject())
                .query((rs, n) -> new Draft(intakeId, json.readValue(rs.getString(1), CONTENT), rs.getTimestamp(2).toInstant()))
                .optional().orElseThrow(() -> new ApiProblem(org.springframework.http.HttpStatus.NOT_FOUND, "not-found",
                        "No draft", "You have no saved draft for this intake. Save one with PUT, or submit directly."));
    }

    @Transactional
    public void discard(UUID intakeId, Caller applicant) {
        get(intakeId, applicant);
        jdbc.sql("DELETE FROM application_draft WHERE intake_id = :intake AND applicant_subject = :subject")
                .param("intake", intakeId).param("subject", applicant.subject()).update();
    }

    /** Checks the draft as a complete application and submits it; the draft is gone afterwards. */
    @Transactional
    public Application submit(UUID intakeId, Caller applicant) {
        Draft draft = get(intakeId, applicant);
        ApplicationForm form;
        try {
            form = json.convertValue(draft.content(), ApplicationForm.class);
        } catch (JacksonException e) {
            throw ApiProblem.invalidFields(Map.of("draft", "has a field of the wrong type or format: "
                    + e.getOriginalMessage().split("\n")[0] + ". Save the draft again with it corrected."));
        }
        Map<String, String> problems = new TreeMap<>();
        for (ConstraintViolation<ApplicationForm> violation : validator.validate(form)) {
            problems.put(violation.getPropertyPath().toString(), violation.getMessage());
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.invalidFields(problems);
        }
        return applications.submit(intakeId, applicant, form);
    }
}
