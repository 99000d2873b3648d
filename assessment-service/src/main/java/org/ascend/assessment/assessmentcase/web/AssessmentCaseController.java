package org.ascend.assessment.assessmentcase.web;

import java.util.List;
import java.util.UUID;

import org.ascend.assessment.assessmentcase.AssessmentCase;
import org.ascend.assessment.assessmentcase.AssessmentCaseService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Case lists are a programme-team view; assessors will see only their anonymised allocations (issue 5). */
@RestController
@RequestMapping("/api/assessment/cases")
class AssessmentCaseController {

    private final AssessmentCaseService cases;

    AssessmentCaseController(AssessmentCaseService cases) {
        this.cases = cases;
    }

    /**
     * List an intake's assessment cases. One case per application and stage, with its status and settled
     * score.
     */
    @GetMapping
    @PreAuthorize("hasRole('programme-manager')")
    List<AssessmentCase> forIntake(@RequestParam UUID intakeId) {
        return cases.forIntake(intakeId);
    }

    /**
     * List the cases awaiting moderation, in every intake, oldest first. The moderators' work list: a case holds no
     * identity or equality data.
     */
    @GetMapping("/awaiting-moderation")
    @PreAuthorize("hasAnyRole('programme-manager', 'moderator')")
    List<AssessmentCase> awaitingModeration() {
        return cases.awaitingModeration();
    }

    /** Get one assessment case. */
    @GetMapping("/{id}")
    @PreAuthorize("hasRole('programme-manager')")
    AssessmentCase get(@PathVariable UUID id) {
        return cases.get(id);
    }
}
