package org.ascend.assessment.assessmentcase;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ascend.assessment.assessmentcase.events.ApplicantErased;
import org.ascend.assessment.assessmentcase.events.ApplicationScreened;
import org.ascend.assessment.assessmentcase.events.ApplicationSubmitted;
import org.ascend.assessment.assessmentcase.events.ApplicationWithdrawn;
import org.ascend.assessment.assessmentcase.events.CaseOpened;
import org.ascend.platform.problem.ApiProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AssessmentCaseService {

    /** The first stage every application meets (docs/domain.md §1: sift, then assessment centre, interview). */
    static final String FIRST_STAGE = "SIFT";

    private final AssessmentCaseRepository cases;
    private final ApplicationEventPublisher events;

    AssessmentCaseService(AssessmentCaseRepository cases, ApplicationEventPublisher events) {
        this.cases = cases;
        this.events = events;
    }

    /** Opens the pending sift case for a submitted application; a repeat has no effect. */
    @Transactional
    public void openFor(ApplicationSubmitted submitted) {
        openNextStage(submitted.applicationId(), submitted.intakeId(), FIRST_STAGE);
    }

    /** A case progressed at one stage: the application's pending case at the next stage opens (a repeat has no effect). */
    @Transactional
    public void openNextStage(UUID applicationId, UUID intakeId, String stage) {
        var opened = new AssessmentCase(UUID.randomUUID(), applicationId, intakeId, stage, CaseStatus.PENDING, Instant.now(), 1, null);
        if (cases.insertIfAbsent(opened)) {
            events.publishEvent(new CaseOpened(UUID.randomUUID(), opened.id(), opened.applicationId(),
                    opened.intakeId(), opened.stage(), opened.status().name(), opened.version(), opened.openedAt()));
        }
    }

    /** A withdrawn applicant leaves the process: every open case of the application is closed. */
    @Transactional
    public void withdraw(ApplicationWithdrawn withdrawn) {
        cases.closeAll(withdrawn.applicationId(), CaseStatus.WITHDRAWN);
    }

    /** Only eligible applications are assessed; a programme manager's override brings one back (docs/domain.md §1). */
    @Transactional
    public void screened(ApplicationScreened screened) {
        cases.screened(screened.applicationId(), screened.eligible());
    }

    /**
     * An erased applicant (or one whose retention ran out) leaves the process: their cases close as
     * ERASED, and the allocator's employer record and the cached pack go. Later data (packs, scores) must be dropped here too.
     */
    @Transactional
    public void erase(ApplicantErased erased) {
        erased.applicationIds().forEach(id -> cases.closeAll(id, CaseStatus.ERASED));
        events.publishEvent(new ApplicantsLeft(erased.applicationIds()));
    }

    /** Scoring moved the case on (EXTRA_ASSESSOR, MODERATION_REQUIRED, SCORED, MODERATED). */
    public void advance(UUID caseId, CaseStatus status, java.math.BigDecimal finalScore) {
        if (!cases.advance(caseId, status, finalScore)) {
            CaseStatus now = get(caseId).status();
            if (!now.closed()) { // a closed case stays closed; anything else here is a bug in the caller
                throw new IllegalStateException("An assessment case cannot go from " + now + " to " + status);
            }
        }
    }

    /** Within the caller's transaction: two assessors submitting at once settle the case once, not twice. */
    public void lock(UUID caseId) {
        cases.lock(caseId);
    }

    /** For an event that changes no status (allocation made, scores submitted): the case's next version. */
    public long nextVersion(UUID caseId) {
        return cases.nextVersion(caseId);
    }

    public void markAllocated(List<UUID> caseIds) {
        cases.markAllocated(caseIds);
    }

    public AssessmentCase get(UUID id) {
        return cases.find(id).orElseThrow(() -> ApiProblem.notFound("Assessment case", id));
    }

    public List<AssessmentCase> forIntake(UUID intakeId) {
        return cases.byIntake(intakeId);
    }

    /** Cases whose assessors disagreed beyond the stage's tolerance, oldest first: the moderators' work. */
    public List<AssessmentCase> awaitingModeration() {
        return cases.withStatus(CaseStatus.MODERATION_REQUIRED);
    }
}
