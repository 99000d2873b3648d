package org.ascend.recruitment.scheme.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ascend.platform.problem.ApiProblem;
import org.ascend.recruitment.eligibility.Bands;
import org.ascend.recruitment.eligibility.EligibilityRules;
import org.ascend.recruitment.eligibility.OrganisationType;
import org.ascend.recruitment.eligibility.PositiveAction;
import org.ascend.recruitment.eligibility.Profession;
import org.ascend.recruitment.scheme.Scheme;
import org.ascend.recruitment.scheme.SchemeRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/recruitment/schemes")
class SchemeController {

    static final String BANDS = "[1-7]|8[a-d]|9|VSM";
    static final String BAND_MESSAGE = "must be an Agenda for Change band 1-9, 8a-8d or VSM";
    static final String REGIONS = "Y56|Y58|Y59|Y60|Y61|Y62|Y63";
    static final String REGION_MESSAGE = "must be NHS England region codes (Y56, Y58-Y63)";

    /** Optional rules; an applicant outside them is screened ineligible, with reasons. */
    record Eligibility(@Pattern(regexp = BANDS, message = BAND_MESSAGE) String minBand,
            @Pattern(regexp = BANDS, message = BAND_MESSAGE) String maxBand,
            Set<@Pattern(regexp = REGIONS, message = REGION_MESSAGE) String> regions,
            Set<@NotNull Profession> professions, Set<@NotNull OrganisationType> organisationTypes) {

        @AssertTrue(message = "minBand must not be above maxBand")
        boolean isBandRangeValid() {
            return minBand == null || maxBand == null || !minBand.matches(BANDS) || !maxBand.matches(BANDS)
                    || Bands.IN_ORDER.indexOf(minBand) <= Bands.IN_ORDER.indexOf(maxBand);
        }

        EligibilityRules rules() {
            return new EligibilityRules(minBand, maxBand, orEmpty(regions), orEmpty(professions), orEmpty(organisationTypes));
        }
    }

    /** Equality Act s.158: a targeted scheme names the characteristic and records why it is justified. */
    record PositiveActionBasis(@NotNull PositiveAction.Basis basis, PositiveAction.ProtectedCharacteristic characteristic,
            @Size(max = 4000) String justification) {

        @AssertTrue(message = "a targeted (S158_TARGETED) scheme needs the characteristic it targets and a written "
                + "justification of at least 50 characters; a scheme without positive action (NONE) has neither")
        boolean isComplete() {
            if (basis != PositiveAction.Basis.S158_TARGETED) {
                return characteristic == null && justification == null;
            }
            return characteristic != null && justification != null && justification.strip().length() >= 50;
        }
    }

    record NewScheme(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String ownerBody,
            @Size(max = 4000) String description, @NotNull @Min(1) @Max(500) Integer targetCohortSize,
            Set<@Pattern(regexp = REGIONS, message = REGION_MESSAGE) String> regionsCovered,
            @Valid Eligibility eligibility, @Valid PositiveActionBasis positiveAction,
            @Min(1) @Max(120) Integer retentionMonths) {
    }

    private final SchemeRepository schemes;

    SchemeController(SchemeRepository schemes) {
        this.schemes = schemes;
    }

    /**
     * Create a scheme. Owner, target cohort size, eligibility rules, Equality Act s.158 positive action and
     * retention period.
     */
    @PostMapping
    @PreAuthorize("hasRole('programme-manager')")
    @Transactional
    @ResponseStatus(HttpStatus.CREATED) // also names the status in the API document
    ResponseEntity<Scheme> create(@Valid @RequestBody NewScheme request) {
        PositiveActionBasis basis = request.positiveAction();
        var scheme = new Scheme(UUID.randomUUID(), request.name().strip(), request.ownerBody().strip(),
                request.description(), request.targetCohortSize(), orEmpty(request.regionsCovered()),
                request.eligibility() == null ? EligibilityRules.none() : request.eligibility().rules(),
                basis == null ? PositiveAction.none()
                        : new PositiveAction(basis.basis(), basis.characteristic(),
                                basis.justification() == null ? null : basis.justification().strip()),
                // docs/domain.md §2: the claim period, commonly 6 months.
                request.retentionMonths() == null ? 6 : request.retentionMonths(), Instant.now());
        schemes.insert(scheme);
        return ResponseEntity.created(URI.create("/api/recruitment/schemes/" + scheme.id())).body(scheme);
    }

    /** List schemes. */
    @GetMapping
    List<Scheme> list() {
        return schemes.all();
    }

    /** Get a scheme. */
    @GetMapping("/{id}")
    Scheme get(@PathVariable UUID id) {
        return schemes.find(id).orElseThrow(() -> ApiProblem.notFound("Scheme", id));
    }

    private static <T> Set<T> orEmpty(Set<T> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }
}
