package org.ascend.recruitment.application.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ascend.platform.audit.Audited;
import org.ascend.platform.idempotency.IdempotentRequests;
import org.ascend.platform.security.Caller;
import org.ascend.recruitment.application.Application;
import org.ascend.recruitment.application.ApplicationForm;
import org.ascend.recruitment.application.ApplicationService;
import org.ascend.recruitment.application.ApplicationView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/recruitment")
class ApplicationController {

    /** A programme manager's eligibility decision; the reason is recorded and audited. */
    record EligibilityOverride(@NotNull Boolean eligible, @NotBlank @Size(min = 10, max = 2000) String reason) {
    }

    private final ApplicationService applications;
    private final IdempotentRequests idempotent;

    ApplicationController(ApplicationService applications, IdempotentRequests idempotent) {
        this.applications = applications;
        this.idempotent = idempotent;
    }

    /**
     * Submit an application to an open intake. One per person per intake; a retry with the same Idempotency-
     * Key returns the first result. Screened for eligibility at once.
     */
    @PostMapping("/intakes/{intakeId}/applications")
    @PreAuthorize("hasRole('applicant')")
    @Audited("application.submit")
    @ResponseStatus(HttpStatus.CREATED) // also names the status in the API document
    ResponseEntity<ApplicationView> submit(@PathVariable UUID intakeId, @Valid @RequestBody ApplicationForm request,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        Caller applicant = Caller.current();
        String scope = "submit-application:" + intakeId + ":" + applicant.subject();
        return idempotent.once(scope, idempotencyKey, request, ApplicationView.class, () -> {
            Application a = applications.submit(intakeId, applicant, request);
            return ResponseEntity.created(URI.create("/api/recruitment/applications/" + a.id()))
                    .body(ApplicationView.of(a));
        });
    }

    /**
     * Override an application's eligibility screening. The programme manager records a written reason; the
     * screening reasons stay on record.
     */
    @PostMapping("/applications/{id}/eligibility-override")
    @PreAuthorize("hasRole('programme-manager')")
    @Audited("application.eligibility-override")
    ApplicationView overrideEligibility(@PathVariable UUID id, @Valid @RequestBody EligibilityOverride request) {
        return ApplicationView.of(applications.overrideEligibility(id, request.eligible(), request.reason()));
    }

    /** Withdraw your application. Before the outcome, once; assessment closes its cases. */
    @PostMapping("/applications/{id}/withdraw")
    @PreAuthorize("hasRole('applicant')")
    @Audited("application.withdraw")
    ApplicationView withdraw(@PathVariable UUID id) {
        return ApplicationView.of(applications.withdraw(id, Caller.current()));
    }

    /** Get an application. Applicants see only their own. */
    @GetMapping("/applications/{id}")
    @PreAuthorize("hasAnyRole('applicant', 'programme-manager')")
    @Audited("application.read")
    ApplicationView get(@PathVariable UUID id) {
        return ApplicationView.of(applications.get(id, Caller.current()));
    }
}
