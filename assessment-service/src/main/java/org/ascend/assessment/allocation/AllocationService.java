package org.ascend.assessment.allocation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ascend.assessment.assessmentcase.CaseStatus;
import org.ascend.assessment.allocation.AllocationInput.Application;
import org.ascend.assessment.allocation.AllocationPlan.Assignment;
import org.ascend.assessment.assessmentcase.AssessmentCase;
import org.ascend.assessment.assessmentcase.AssessmentCaseService;
import org.ascend.assessment.allocation.events.AllocationMade;
import org.ascend.assessment.assessor.Assessor;
import org.ascend.assessment.assessor.AssessorService;
import org.ascend.assessment.stage.Stage;
import org.ascend.assessment.stage.StageService;
import org.ascend.platform.problem.ApiProblem;
import org.ascend.platform.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the {@link Allocator} over a stage's pending cases with the pool as it stands (declared conflicts,
 * employers, earlier recusals, current loads), records each choice with its reason, and replaces an
 * assessor who recuses.
 */
@Service
public class AllocationService {

    /** What an allocation run did, and what it could not do and why. */
    public record Outcome(List<Allocation> allocated, Map<UUID, String> unallocated, List<String> excludedAssessors) {
    }

    /** A recusal recorded, and who took over (null when nobody free of conflicts is left). */
    public record Recusal(Allocation recused, Allocation replacement) {
    }

    private final AllocationRepository allocations;
    private final ApplicantEmployers employers;
    private final AssessmentCaseService cases;
    private final AssessorService assessors;
    private final StageService stages;
    private final ApplicationEventPublisher events;

    AllocationService(AllocationRepository allocations, ApplicantEmployers employers, AssessmentCaseService cases,
            AssessorService assessors, StageService stages, ApplicationEventPublisher events) {
        this.events = events;
        this.allocations = allocations;
        this.employers = employers;
        this.cases = cases;
        this.assessors = assessors;
        this.stages = stages;
    }

    @Transactional
    public Outcome allocate(UUID intakeId, Stage.Kind kind) {
        Stage stage = stages.find(intakeId, kind.name()).orElseThrow(() -> ApiProblem.conflict("stage-not-configured", "No such stage",
                        "This intake has no " + kind + " stage. Set its stages first: PUT /api/assessment/intakes/"
                                + intakeId + "/stages."));
        List<AssessmentCase> pending = cases.forIntake(intakeId).stream()
                .filter(c -> c.stage().equals(kind.name()) && c.status() == CaseStatus.PENDING).toList();
        Map<UUID, String> employerOf = employers.of(pending.stream().map(AssessmentCase::applicationId).toList());
        Map<UUID, String> unallocated = new LinkedHashMap<>();
        List<Application> ready = new ArrayList<>();
        for (AssessmentCase c : pending) {
            String employer = employerOf.get(c.applicationId());
            if (employer == null) {
                unallocated.put(c.applicationId(), "the applicant's employer has not reached assessment yet (conflict "
                        + "checks need it); run the allocation again shortly");
            } else {
                ready.add(new Application(c.applicationId().toString(), employer));
            }
        }
        List<String> excluded = new ArrayList<>();
        AllocationPlan plan = Allocator.allocate(ready, pool(excluded), stage.assessorsPerApplication());
        plan.unallocated().forEach((application, why) -> unallocated.put(UUID.fromString(application), why));

        Map<UUID, AssessmentCase> caseOf = new LinkedHashMap<>();
        pending.forEach(c -> caseOf.put(c.applicationId(), c));
        Instant now = Instant.now();
        List<Allocation> made = new ArrayList<>();
        for (Assignment assignment : plan.assignments()) {
            AssessmentCase c = caseOf.get(UUID.fromString(assignment.applicationId()));
            Allocation allocation = new Allocation(UUID.randomUUID(), c.id(), c.applicationId(), intakeId, c.stage(),
                    assignment.assessor(), assignment.reason(), now, null, null);
            allocations.insert(allocation);
            made.add(allocation);
        }
        List<UUID> allocatedCases = made.stream().map(Allocation::caseId).distinct().toList();
        cases.markAllocated(allocatedCases);
        allocatedCases.forEach(this::announce);
        return new Outcome(made, unallocated, excluded);
    }

    /** The assessor stands down from one allocation, with a reason; the allocator finds someone else. */
    @Transactional
    public Recusal recuse(UUID allocationId, Caller assessor, String reason) {
        Allocation allocation = allocations.find(allocationId).filter(a -> a.assessor().equals(assessor.subject()))
                .orElseThrow(() -> ApiProblem.notFound("Allocation", allocationId));
        if (!allocations.recuse(allocationId, reason, Instant.now())) {
            throw ApiProblem.conflict("already-recused", "Already recused",
                    "You recused yourself from this allocation already; it has been reallocated.");
        }
        Allocation recused = allocations.find(allocationId).orElseThrow();
        String employer = employers.of(List.of(allocation.applicationId())).get(allocation.applicationId());
        if (employer == null) {
            return new Recusal(recused, null);
        }
        Set<String> onIt = new HashSet<>();
        allocations.ofCase(allocation.caseId()).forEach(a -> onIt.add(a.assessor()));
        Assignment replacement = Allocator.replace(new Application(allocation.applicationId().toString(), employer),
                assessor.subject(), onIt, pool(new ArrayList<>()));
        if (replacement == null) {
            return new Recusal(recused, null);
        }
        Allocation next = new Allocation(UUID.randomUUID(), allocation.caseId(), allocation.applicationId(),
                allocation.intakeId(), allocation.stage(), replacement.assessor(), replacement.reason(), Instant.now(), null, null);
        allocations.insert(next);
        return new Recusal(recused, next);
    }

    /**
     * Scores spread beyond the stage's tolerance: one further independent assessor joins the case
     * (docs/domain.md §2). False when nobody free of conflicts is left.
     */
    @Transactional
    public boolean addIndependentAssessor(UUID caseId) {
        List<Allocation> onCase = allocations.ofCase(caseId);
        Allocation any = onCase.get(0);
        String employer = employers.of(List.of(any.applicationId())).get(any.applicationId());
        if (employer == null) {
            return false;
        }
        Set<String> excluded = new HashSet<>();
        onCase.forEach(a -> excluded.add(a.assessor()));
        Assignment extra = Allocator.oneMore(new Application(any.applicationId().toString(), employer), excluded,
                pool(new ArrayList<>()));
        if (extra == null) {
            return false;
        }
        allocations.insert(new Allocation(UUID.randomUUID(), caseId, any.applicationId(), any.intakeId(), any.stage(),
                extra.assessor(), "scores spread beyond the stage's tolerance: a further independent assessor; "
                        + extra.reason(), Instant.now(), null, null));
        announce(caseId);
        return true;
    }

    /** The caller's own allocation, still theirs to work on: 404 for anyone else's, 409 once recused. */
    public Allocation ownActive(UUID allocationId, Caller assessor) {
        Allocation allocation = allocations.find(allocationId).filter(a -> a.assessor().equals(assessor.subject()))
                .orElseThrow(() -> ApiProblem.notFound("Allocation", allocationId));
        if (allocation.recusedAt() != null) {
            throw ApiProblem.conflict("recused", "You recused yourself",
                    "You recused yourself from this allocation, so it is no longer yours to score.");
        }
        CaseStatus status = cases.get(allocation.caseId()).status();
        if (status.closed()) {
            throw ApiProblem.conflict("applicant-left", "The applicant has left",
                    "This application was " + status.name().toLowerCase() + ", so it is no longer assessed. Nothing more to do.");
        }
        return allocation;
    }

    /** Who is assessing the case now (recusals left out). */
    public List<Allocation> activeOfCase(UUID caseId) {
        return allocations.ofCase(caseId).stream().filter(a -> a.recusedAt() == null).toList();
    }

    public List<Allocation> ofIntake(UUID intakeId) {
        return allocations.ofIntake(intakeId);
    }

    public List<Allocation> mine(Caller assessor) {
        return allocations.activeOf(assessor.subject());
    }

    /** Who and why stay here; the event says how many assessors the case now has. */
    private void announce(UUID caseId) {
        List<Allocation> panel = activeOfCase(caseId);
        Allocation any = panel.get(0);
        events.publishEvent(new AllocationMade(UUID.randomUUID(), caseId, any.applicationId(), any.intakeId(), Stage.Kind.valueOf(any.stage()),
                panel.size(), cases.nextVersion(caseId), Instant.now()));
    }

    /** Only assessors who have declared their conflicts may be allocated; the others are named in {@code excluded}. */
    private List<AllocationInput.Assessor> pool(List<String> excluded) {
        Map<String, Integer> loads = allocations.loads();
        Map<String, Set<String>> recusals = allocations.recusals();
        List<AllocationInput.Assessor> pool = new ArrayList<>();
        for (Assessor a : assessors.all()) {
            if (a.declaredAt() == null) {
                excluded.add(a.subject() + ": has not declared conflicts of interest yet");
                continue;
            }
            Set<String> organisations = new HashSet<>();
            a.conflicts().forEach(c -> organisations.add(c.organisationCode()));
            pool.add(new AllocationInput.Assessor(a.subject(), a.organisationCode(), organisations,
                    recusals.getOrDefault(a.subject(), Set.of()), loads.getOrDefault(a.subject(), 0)));
        }
        return pool;
    }
}
