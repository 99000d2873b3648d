package org.ascend.recruitment.adjustment.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.ascend.platform.audit.Audited;
import org.ascend.platform.security.Caller;
import org.ascend.recruitment.adjustment.AdjustmentRequest;
import org.ascend.recruitment.adjustment.AdjustmentService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/recruitment")
class AdjustmentController {

    record Needs(@NotBlank @Size(max = 4000) String needs) {
    }

    record Arranged(@NotBlank @Size(max = 4000) String arranged) {
    }

    private final AdjustmentService adjustments;

    AdjustmentController(AdjustmentService adjustments) {
        this.adjustments = adjustments;
    }

    /**
     * Ask for reasonable adjustments for your application (for example extra time, step-free access, an
     * interpreter). Only you and the programme team, who arrange them, see this; assessors never do.
     */
    @PutMapping("/applications/{applicationId}/adjustments")
    @PreAuthorize("hasRole('applicant')")
    @Audited("adjustments.request")
    AdjustmentRequest request(@PathVariable UUID applicationId, @Valid @RequestBody Needs request) {
        return adjustments.request(applicationId, request.needs().strip(), Caller.current());
    }

    /** Your request (or, for the programme team, an applicant's) and what was arranged. */
    @GetMapping("/applications/{applicationId}/adjustments")
    @PreAuthorize("hasAnyRole('applicant', 'programme-manager')")
    @Audited("adjustments.read")
    AdjustmentRequest get(@PathVariable UUID applicationId) {
        return adjustments.get(applicationId, Caller.current());
    }

    /** An intake's adjustment requests, for the programme team to arrange. */
    @GetMapping("/intakes/{intakeId}/adjustments")
    @PreAuthorize("hasRole('programme-manager')")
    @Audited("adjustments.list")
    List<AdjustmentRequest> ofIntake(@PathVariable UUID intakeId) {
        return adjustments.ofIntake(intakeId);
    }

    /** Record what was arranged for a request. */
    @PostMapping("/adjustments/{id}/arranged")
    @PreAuthorize("hasRole('programme-manager')")
    @Audited("adjustments.arrange")
    AdjustmentRequest arrange(@PathVariable UUID id, @Valid @RequestBody Arranged request) {
        return adjustments.arrange(id, request.arranged().strip(), Caller.current());
    }
}
