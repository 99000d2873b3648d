package org.ascend.assessment.allocation.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.ascend.assessment.allocation.Allocation;
import org.ascend.assessment.allocation.AllocationService;
import org.ascend.assessment.stage.Stage;
import org.ascend.assessment.stage.StageService;
import org.ascend.platform.audit.Audited;
import org.ascend.platform.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The programme team runs allocation per stage and sees every choice with its reason; assessors see
 * their own allocations (never the applicant's employer) and may recuse with a reason.
 */
@RestController
class AllocationController {

    record RecusalBody(@NotBlank @Size(min = 10, max = 1000, message = "say why, in 10 to 1000 characters") String reason) {
    }

    /**
     * What an assessor is told about an allocation: which application and stage, and the framework version to score
     * it with (its anchored scale goes beside the pack), nothing more.
     */
    record MyAllocation(UUID allocationId, UUID caseId, UUID applicationId, String stage, UUID frameworkId, Instant allocatedAt) {
    }

    /** The recusing assessor learns it was recorded and whether someone took over, not who (independence). */
    record RecusalView(UUID allocationId, Instant recusedAt, boolean reallocated) {
    }

    private final AllocationService allocations;
    private final StageService stages;

    AllocationController(AllocationService allocations, StageService stages) {
        this.allocations = allocations;
        this.stages = stages;
    }

    /**
     * Allocate a stage's pending applications to assessors. Picks conflict-free assessors from the declared
     * pool, least-loaded first, and gives the reason for every choice; assessors who have not declared their
     * conflicts are left out and named.
     */
    @PostMapping("/api/assessment/intakes/{intakeId}/stages/{stage}/allocation")
    @PreAuthorize("hasRole('programme-manager')")
    @Audited("allocation.run")
    AllocationService.Outcome allocate(@PathVariable UUID intakeId, @PathVariable Stage.Kind stage) {
        return allocations.allocate(intakeId, stage);
    }

    /**
     * List an intake's allocations. Who assesses which application at which stage, with each choice's reason,
     * for the programme team.
     */
    @GetMapping("/api/assessment/intakes/{intakeId}/allocations")
    @PreAuthorize("hasRole('programme-manager')")
    List<Allocation> ofIntake(@PathVariable UUID intakeId) {
        return allocations.ofIntake(intakeId);
    }

    /**
     * List the caller's own allocations. What an assessor has to score, without the applicants' names or
     * employers.
     */
    @GetMapping("/api/assessment/allocations/mine")
    @PreAuthorize("hasAnyRole('assessor', 'moderator')")
    List<MyAllocation> mine() {
        return allocations.mine(Caller.current()).stream()
                .map(a -> new MyAllocation(a.id(), a.caseId(), a.applicationId(), a.stage(),
                        stages.find(a.intakeId(), a.stage()).map(Stage::frameworkId).orElse(null), a.allocatedAt()))
                .toList();
    }

    /**
     * Recuse yourself from an allocation. The assessor gives a reason; a conflict-free replacement is
     * allocated and the recusal stays on record.
     */
    @PostMapping("/api/assessment/allocations/{id}/recusal")
    @PreAuthorize("hasAnyRole('assessor', 'moderator')")
    @Audited("allocation.recuse")
    RecusalView recuse(@PathVariable UUID id, @Valid @RequestBody RecusalBody body) {
        var recusal = allocations.recuse(id, Caller.current(), body.reason().strip());
        return new RecusalView(id, recusal.recused().recusedAt(), recusal.replacement() != null);
    }
}
