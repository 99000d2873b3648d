package org.ascend.cohort.outcome.web;

import java.util.List;
import java.util.UUID;

import org.ascend.cohort.outcome.StageOutcome;
import org.ascend.cohort.outcome.StageOutcomes;
import org.ascend.platform.problem.ApiProblem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StageOutcomeController {

    record RankOrder(UUID intakeId, String stage, List<StageOutcome> progressing) {
    }

    private final StageOutcomes outcomes;

    StageOutcomeController(StageOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    /**
     * Who progresses from a stage of an intake, in the order offers follow: best settled score first, then an
     * s.159 tie-break, then application id. The intake's last decided stage unless one is named.
     */
    @GetMapping("/api/cohorts/intakes/{intakeId}/rank-order")
    @PreAuthorize("hasRole('programme-manager')")
    RankOrder rankOrder(@PathVariable UUID intakeId, @RequestParam(required = false) StageKind stage) {
        String decided = stage != null ? stage.name() : outcomes.finalDecidedStage(intakeId)
                .orElseThrow(() -> ApiProblem.notFound("Stage outcome of intake", intakeId));
        return new RankOrder(intakeId, decided, outcomes.progressingInRankOrder(intakeId, decided));
    }

    enum StageKind { SIFT, ASSESSMENT_CENTRE, INTERVIEW }
}
