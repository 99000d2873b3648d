package org.ascend.cohort.plan.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.ascend.cohort.plan.DevelopmentPlan;
import org.ascend.cohort.plan.PlanService;
import org.ascend.platform.audit.Audited;
import org.ascend.platform.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cohorts")
class PlanController {

    record MilestoneSpec(@NotBlank @Size(max = 300) String title, @NotNull LocalDate dueOn) {
    }

    record NewObjective(@NotBlank @Size(max = 300) String title, @Size(max = 4000) String description,
            @NotEmpty @Size(max = 20) List<@Valid @NotNull MilestoneSpec> milestones) {
    }

    record Evidence(@NotBlank @Size(max = 4000) String text) {
    }

    private final PlanService plans;

    PlanController(PlanService plans) {
        this.plans = plans;
    }

    /** A participant's development plan: objectives, milestones (overdue ones marked) and evidence. */
    @GetMapping("/participants/{id}/plan")
    @PreAuthorize("hasAnyRole('programme-manager', 'applicant', 'sponsor', 'coach')")
    @Audited("plan.read")
    DevelopmentPlan plan(@PathVariable UUID id) {
        return plans.plan(id, Caller.current());
    }

    /** Add an objective with its milestones to your plan (or, for the programme team, to a participant's). */
    @PostMapping("/participants/{id}/plan/objectives")
    @PreAuthorize("hasAnyRole('programme-manager', 'applicant')")
    DevelopmentPlan addObjective(@PathVariable UUID id, @Valid @RequestBody NewObjective request) {
        return plans.addObjective(id, request.title().strip(), request.description() == null ? null : request.description().strip(),
                request.milestones().stream().map(m -> new PlanService.MilestoneSpec(m.title().strip(), m.dueOn())).toList(),
                Caller.current());
    }

    /** Add evidence to one of your milestones. */
    @PostMapping("/milestones/{id}/evidence")
    @PreAuthorize("hasRole('applicant')")
    DevelopmentPlan addEvidence(@PathVariable UUID id, @Valid @RequestBody Evidence request) {
        return plans.addEvidence(id, request.text().strip(), Caller.current());
    }

    /** Sign a milestone off: the participant's coach or sponsor, or the programme team. */
    @PostMapping("/milestones/{id}/sign-off")
    @PreAuthorize("hasAnyRole('programme-manager', 'sponsor', 'coach')")
    @Audited("plan.sign-off")
    DevelopmentPlan signOff(@PathVariable UUID id) {
        return plans.signOff(id, Caller.current());
    }

    /** A cohort's milestones past due and not signed off. */
    @GetMapping("/cohorts/{cohortId}/overdue-milestones")
    @PreAuthorize("hasRole('programme-manager')")
    List<Map<String, Object>> overdue(@PathVariable UUID cohortId) {
        return plans.overdueOfCohort(cohortId, Caller.current());
    }
}
