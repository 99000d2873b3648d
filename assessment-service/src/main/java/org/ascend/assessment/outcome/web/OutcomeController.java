package org.ascend.assessment.outcome.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ascend.assessment.assessmentcase.AssessmentCase;
import org.ascend.assessment.outcome.OutcomeService;
import org.ascend.assessment.outcome.Ranking;
import org.ascend.assessment.stage.Stage;
import org.ascend.platform.audit.Audited;
import org.ascend.platform.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The programme team's view of a stage's ranking and their decision per case. */
@RestController
class OutcomeController {

    record TieBreakBody(@NotNull UUID overCaseId,
            @NotBlank @Size(min = 50, max = 4000, message = "must record the evidence of under-representation in 50 to 4000 characters")
            String evidence) {
    }

    record DecisionBody(@NotNull OutcomeService.Decision decision, @Size(max = 2000) String reason, @Valid TieBreakBody tieBreak) {
    }

    private final OutcomeService outcomes;

    OutcomeController(OutcomeService outcomes) {
        this.outcomes = outcomes;
    }

    /**
     * Rank a stage's settled cases. Shared ranks for equal scores, and the pass rule's suggestion (ties
     * across a TOP_N boundary are left to the programme manager).
     */
    @GetMapping("/api/assessment/intakes/{intakeId}/stages/{stage}/ranking")
    @PreAuthorize("hasRole('programme-manager')")
    Ranking ranking(@PathVariable UUID intakeId, @PathVariable Stage.Kind stage) {
        return outcomes.rank(intakeId, stage);
    }

    /**
     * Decide whether an application progresses from a stage. An Equality Act s.159 tie-break is refused
     * unless the scores are exactly equal, and is recorded with its evidence.
     */
    @PostMapping("/api/assessment/cases/{id}/decision")
    @PreAuthorize("hasRole('programme-manager')")
    @Audited("stage.decide")
    AssessmentCase decide(@PathVariable UUID id, @Valid @RequestBody DecisionBody body) {
        var tieBreak = body.tieBreak() == null ? null
                : new OutcomeService.TieBreak(body.tieBreak().overCaseId(), body.tieBreak().evidence().strip());
        return outcomes.decide(id, Caller.current(), body.decision(), body.reason(), tieBreak);
    }
}
