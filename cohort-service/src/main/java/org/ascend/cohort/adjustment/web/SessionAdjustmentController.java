package org.ascend.cohort.adjustment.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.ascend.cohort.adjustment.SessionAdjustment;
import org.ascend.cohort.adjustment.SessionAdjustmentService;
import org.ascend.platform.audit.Audited;
import org.ascend.platform.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cohorts")
class SessionAdjustmentController {

    record Needs(@NotBlank @Size(max = 4000) String needs) {
    }

    record Arranged(@NotBlank @Size(max = 4000) String arranged) {
    }

    private final SessionAdjustmentService adjustments;

    SessionAdjustmentController(SessionAdjustmentService adjustments) {
        this.adjustments = adjustments;
    }

    /**
     * Ask for reasonable adjustments for the programme's sessions (for example step-free venues, a sign-language
     * interpreter, captioned online sessions). Only you and the programme team, who arrange them, see this.
     */
    @PutMapping("/participants/{id}/adjustments")
    @PreAuthorize("hasRole('applicant')")
    @Audited("session-adjustments.request")
    SessionAdjustment request(@PathVariable UUID id, @Valid @RequestBody Needs request) {
        return adjustments.request(id, request.needs().strip(), Caller.current());
    }

    /** Your request (or, for the programme team, a participant's) and what was arranged. */
    @GetMapping("/participants/{id}/adjustments")
    @PreAuthorize("hasAnyRole('applicant', 'programme-manager')")
    @Audited("session-adjustments.read")
    SessionAdjustment get(@PathVariable UUID id) {
        return adjustments.get(id, Caller.current());
    }

    /** A cohort's adjustment requests, for the programme team to arrange. */
    @GetMapping("/cohorts/{cohortId}/adjustments")
    @PreAuthorize("hasRole('programme-manager')")
    @Audited("session-adjustments.list")
    List<SessionAdjustment> ofCohort(@PathVariable UUID cohortId) {
        return adjustments.ofCohort(cohortId, Caller.current());
    }

    /** Record what was arranged for a participant's request. */
    @PostMapping("/participants/{id}/adjustments/arranged")
    @PreAuthorize("hasRole('programme-manager')")
    @Audited("session-adjustments.arrange")
    SessionAdjustment arrange(@PathVariable UUID id, @Valid @RequestBody Arranged request) {
        return adjustments.arrange(id, request.arranged().strip(), Caller.current());
    }
}
