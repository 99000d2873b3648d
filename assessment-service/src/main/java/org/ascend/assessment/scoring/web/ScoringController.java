package org.ascend.assessment.scoring.web;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.ascend.assessment.scoring.CriterionScore;
import org.ascend.assessment.scoring.ScoringService;
import org.ascend.platform.audit.Audited;
import org.ascend.platform.problem.AlsoAnswers;
import org.ascend.platform.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Assessors score their own allocations; the programme team and moderators see submitted sheets per case. */
@RestController
class ScoringController {

    record ScoreBody(@NotNull Integer score, String evidence) {
    }

    /** Criterion id to its score; any subset while drafting. */
    record Scores(@NotEmpty Map<String, @NotNull @Valid ScoreBody> scores) {
    }

    private final ScoringService scoring;

    ScoringController(ScoringService scoring) {
        this.scoring = scoring;
    }

    /**
     * Save draft scores for an allocation. A score and evidence per criterion of the stage's framework;
     * drafts can be changed until submitted.
     */
    @PutMapping("/api/assessment/allocations/{id}/scores")
    @PreAuthorize("hasAnyRole('assessor', 'moderator')")
    @Audited("scores.save")
    ScoringService.MyScores save(@PathVariable UUID id, @Valid @RequestBody Scores body) {
        Map<String, CriterionScore> scores = new java.util.LinkedHashMap<>();
        body.scores().forEach((criterion, s) -> scores.put(criterion,
                new CriterionScore(s.score(), s.evidence() == null ? null : s.evidence().strip())));
        return scoring.save(id, Caller.current(), scores);
    }

    /**
     * Submit your scores. Submission locks them; other assessors' scores stay hidden until every assessor of
     * the case has submitted.
     */
    @PostMapping("/api/assessment/allocations/{id}/scores/submit")
    @PreAuthorize("hasAnyRole('assessor', 'moderator')")
    @Audited("scores.submit")
    ScoringService.MyScores submit(@PathVariable UUID id) {
        return scoring.submit(id, Caller.current());
    }

    /** Get your scores for an allocation, and the others' (without names) once everyone has submitted. */
    @GetMapping("/api/assessment/allocations/{id}/scores")
    @PreAuthorize("hasAnyRole('assessor', 'moderator')")
    @AlsoAnswers(409)
    ScoringService.MyScores mine(@PathVariable UUID id) {
        return scoring.view(id, Caller.current());
    }

    /** Get every score of a case. For the programme team: weighted scores and spread per assessor. */
    @GetMapping("/api/assessment/cases/{id}/scores")
    @PreAuthorize("hasAnyRole('programme-manager', 'moderator')")
    @Audited("scores.read")
    @AlsoAnswers(409)
    ScoringService.CaseScores ofCase(@PathVariable UUID id) {
        return scoring.ofCase(id);
    }
}
