package org.ascend.recruitment.application.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ascend.platform.audit.Audited;
import org.ascend.platform.idempotency.IdempotentRequests;
import org.ascend.platform.security.Caller;
import org.ascend.recruitment.application.Application;
import org.ascend.recruitment.application.ApplicationService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/recruitment")
class ApplicationController {

    /** NHS England region codes (DOMAIN.md §1: the seven regions). */
    static final String REGION_CODES = "Y56|Y58|Y59|Y60|Y61|Y62|Y63";
    /** Agenda for Change bands 1-9 (8a-8d) and very senior managers. */
    static final String BANDS = "[1-7]|8[a-d]|9|VSM";

    record NewApplication(
            @NotBlank @Email @Size(max = 254) String applicantEmail,
            @NotBlank @Size(max = 100) String givenName,
            @NotBlank @Size(max = 100) String familyName,
            @NotBlank @Pattern(regexp = REGION_CODES, message = "must be an NHS England region code (Y56, Y58-Y63)") String regionCode,
            @NotBlank @Pattern(regexp = BANDS, message = "must be an Agenda for Change band 1-9, 8a-8d or VSM") String band,
            @NotBlank @Pattern(regexp = "[A-Za-z0-9]{3,6}", message = "must be an NHS ODS organisation code") String organisationCode,
            @NotBlank @Size(max = 200) String currentRole) {
    }

    /** What the applicant sees back: their own application. */
    record ApplicationView(UUID id, UUID intakeId, String status, String regionCode, String band,
            Instant submittedAt, Boolean eligible, List<String> eligibilityReasons, boolean eligibilityOverridden) {

        static ApplicationView of(Application a) {
            List<String> reasons = a.eligibilityReasons() == null || a.eligibilityReasons().isBlank() ? List.of()
                    : List.of(a.eligibilityReasons().split(","));
            return new ApplicationView(a.id(), a.intakeId(), a.status(), a.regionCode(), a.band(), a.submittedAt(),
                    a.eligible(), reasons, a.eligibilityOverride() != null);
        }
    }

    /** A programme manager's eligibility decision; the reason is recorded and audited. */
    record EligibilityOverride(@NotNull Boolean eligible, @NotBlank @Size(min = 10, max = 2000) String reason) {
    }

    private final ApplicationService applications;
    private final IdempotentRequests idempotent;

    ApplicationController(ApplicationService applications, IdempotentRequests idempotent) {
        this.applications = applications;
        this.idempotent = idempotent;
    }

    @PostMapping("/intakes/{intakeId}/applications")
    @PreAuthorize("hasRole('applicant')")
    @Audited("application.submit")
    ResponseEntity<ApplicationView> submit(@PathVariable UUID intakeId, @Valid @RequestBody NewApplication request,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        Caller applicant = Caller.current();
        String scope = "submit-application:" + intakeId + ":" + applicant.subject();
        return idempotent.once(scope, idempotencyKey, request, ApplicationView.class, () -> {
            Application a = applications.submit(intakeId, applicant, new ApplicationService.Submission(request.applicantEmail(),
                    request.givenName(), request.familyName(), request.regionCode(), request.band(),
                    request.organisationCode(), request.currentRole()));
            return ResponseEntity.created(URI.create("/api/recruitment/applications/" + a.id()))
                    .body(ApplicationView.of(a));
        });
    }

    @PostMapping("/applications/{id}/eligibility-override")
    @PreAuthorize("hasRole('programme-manager')")
    @Audited("application.eligibility-override")
    ApplicationView overrideEligibility(@PathVariable UUID id, @Valid @RequestBody EligibilityOverride request) {
        return ApplicationView.of(applications.overrideEligibility(id, request.eligible(), request.reason()));
    }

    @PostMapping("/applications/{id}/withdraw")
    @PreAuthorize("hasRole('applicant')")
    @Audited("application.withdraw")
    ApplicationView withdraw(@PathVariable UUID id) {
        return ApplicationView.of(applications.withdraw(id, Caller.current()));
    }

    @GetMapping("/applications/{id}")
    @PreAuthorize("hasAnyRole('applicant', 'programme-manager')")
    @Audited("application.read")
    ApplicationView get(@PathVariable UUID id) {
        return ApplicationView.of(applications.get(id, Caller.current()));
    }
}
