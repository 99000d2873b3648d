package org.ascend.cohort.career.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.ascend.cohort.career.CareerConsent;
import org.ascend.cohort.career.CareerConsentService;
import org.ascend.platform.audit.Audited;
import org.ascend.platform.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cohorts/participants/{id}/career-consent")
class CareerConsentController {

    /**
     * @param trackForYears          how long after today tracking may run: 1 to 10 years (the scheme's usual 3)
     * @param shareInAlumniDirectory whether other alumni and the programme team may see name, current role and region
     * @param shareInTalentPool      whether talent leads of the participant's local systems may find them (name,
     *                               current role, readiness and the role families they are ready for)
     * @param shareEmailWithTalentLeads whether those talent leads also see their email (default: no)
     */
    record ConsentRequest(@NotNull @Min(1) @Max(10) Integer trackForYears, @NotNull Boolean shareInAlumniDirectory,
            @NotNull Boolean shareInTalentPool, Boolean shareEmailWithTalentLeads) {
    }

    private final CareerConsentService consents;

    CareerConsentController(CareerConsentService consents) {
        this.consents = consents;
    }

    /** The participant's consent to career tracking: for them and the programme team. */
    @GetMapping
    @PreAuthorize("hasAnyRole('programme-manager', 'applicant')")
    @Audited("career-consent.read")
    CareerConsent get(@PathVariable UUID id) {
        return consents.get(id, Caller.current());
    }

    /**
     * The participant consents to career tracking, or changes what they share; only they can. Tracking runs for
     * {@code trackForYears} after completing the programme.
     */
    @PutMapping
    @PreAuthorize("hasRole('applicant')")
    @Audited("career-consent.give")
    CareerConsent give(@PathVariable UUID id, @Valid @RequestBody ConsentRequest request) {
        return consents.give(id, request.trackForYears(), request.shareInAlumniDirectory(), request.shareInTalentPool(),
                Boolean.TRUE.equals(request.shareEmailWithTalentLeads()), Caller.current());
    }

    /** The participant withdraws their consent: tracking stops at once. */
    @DeleteMapping
    @PreAuthorize("hasRole('applicant')")
    @Audited("career-consent.withdraw")
    CareerConsent withdraw(@PathVariable UUID id) {
        return consents.withdraw(id, Caller.current());
    }
}
