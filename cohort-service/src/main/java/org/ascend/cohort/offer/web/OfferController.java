package org.ascend.cohort.offer.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ascend.cohort.offer.DeclineReason;
import org.ascend.cohort.offer.Offer;
import org.ascend.cohort.offer.OfferService;
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
class OfferController {

    record Generate(@Pattern(regexp = "SIFT|ASSESSMENT_CENTRE|INTERVIEW", message = "must be SIFT, ASSESSMENT_CENTRE or INTERVIEW")
            String stage, @NotNull @Min(1) @Max(60) Integer respondWithinDays) {
    }

    record Decline(@NotNull DeclineReason reason, @Size(max = 1000) String note) {
    }

    record DeferralDecision(@NotNull Boolean approve) {
    }

    record Capacity(@NotNull @Min(1) @Max(500) Integer capacity) {
    }

    private final OfferService offers;

    OfferController(OfferService offers) {
        this.offers = offers;
    }

    /**
     * Make a cohort's offers from the stage outcome: places in rank order up to its capacity, everyone else who
     * progressed on its waiting list in rank order. From the named stage, or the intake's last decided one.
     */
    @PostMapping("/cohorts/{cohortId}/offers")
    @PreAuthorize("hasRole('programme-manager')")
    OfferService.Places generate(@PathVariable UUID cohortId, @Valid @RequestBody Generate request) {
        return offers.generate(cohortId, request.stage(), request.respondWithinDays());
    }

    /** A cohort's offers and waiting list in rank order. */
    @GetMapping("/cohorts/{cohortId}/offers")
    @PreAuthorize("hasRole('programme-manager')")
    List<Offer> list(@PathVariable UUID cohortId) {
        return offers.ofCohort(cohortId);
    }

    /** A cohort's places: capacity, accepted, offered and awaiting an answer, free, and waiting. */
    @GetMapping("/cohorts/{cohortId}/places")
    @PreAuthorize("hasAnyRole('programme-manager', 'regional-lead')")
    OfferService.Places places(@PathVariable UUID cohortId) {
        return offers.places(cohortId);
    }

    /** Change a cohort's capacity: never below its acceptances; more places go to the waiting list at once. */
    @PutMapping("/cohorts/{cohortId}/capacity")
    @PreAuthorize("hasRole('programme-manager')")
    OfferService.Places changeCapacity(@PathVariable UUID cohortId, @Valid @RequestBody Capacity request) {
        return offers.changeCapacity(cohortId, request.capacity());
    }

    /** The caller's own offers. */
    @GetMapping("/me/offers")
    @PreAuthorize("hasRole('applicant')")
    List<Offer> mine() {
        return offers.mine(Caller.current());
    }

    /** Accept your offer before its deadline. */
    @PostMapping("/offers/{id}/accept")
    @PreAuthorize("hasRole('applicant')")
    Offer accept(@PathVariable UUID id) {
        return offers.accept(id, Caller.current());
    }

    /** Decline your offer, with a reason from the list and an optional note; the place goes to the waiting list. */
    @PostMapping("/offers/{id}/decline")
    @PreAuthorize("hasRole('applicant')")
    Offer decline(@PathVariable UUID id, @Valid @RequestBody Decline request) {
        return offers.decline(id, request.reason(), request.note() == null ? null : request.note().strip(), Caller.current());
    }

    /** Ask to join the scheme's next cohort instead; the programme team approves or refuses. */
    @PostMapping("/offers/{id}/deferral")
    @PreAuthorize("hasRole('applicant')")
    Offer requestDeferral(@PathVariable UUID id) {
        return offers.requestDeferral(id, Caller.current());
    }

    /** Approve or refuse a requested deferral. Approved, the place goes to the waiting list. */
    @PostMapping("/offers/{id}/deferral/decision")
    @PreAuthorize("hasRole('programme-manager')")
    Offer decideDeferral(@PathVariable UUID id, @Valid @RequestBody DeferralDecision request) {
        return offers.decideDeferral(id, request.approve());
    }
}
