package org.ascend.recruitment.scheme.web;

import java.net.URI;
import java.time.Instant;
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
import org.ascend.recruitment.scheme.Scheme;
import org.ascend.recruitment.scheme.SchemeRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/recruitment/schemes")
class SchemeController {

    /** Optional rules; an applicant outside them is screened ineligible, with reasons. */
    record Eligibility(@Pattern(regexp = BANDS, message = "must be an Agenda for Change band 1-9, 8a-8d or VSM") String minBand,
            @Pattern(regexp = BANDS, message = "must be an Agenda for Change band 1-9, 8a-8d or VSM") String maxBand,
            Set<@Pattern(regexp = "Y56|Y58|Y59|Y60|Y61|Y62|Y63", message = "must be NHS England region codes") String> regions) {

        @AssertTrue(message = "minBand must not be above maxBand")
        boolean isBandRangeValid() {
            return minBand == null || maxBand == null || !minBand.matches(BANDS) || !maxBand.matches(BANDS)
                    || Bands.IN_ORDER.indexOf(minBand) <= Bands.IN_ORDER.indexOf(maxBand);
        }
    }

    record NewScheme(@NotBlank @Size(max = 200) String name, @Size(max = 4000) String description,
            @NotNull @Min(1) @Max(500) Integer targetCohortSize, @Valid Eligibility eligibility) {
    }

    private static final String BANDS = "[1-7]|8[a-d]|9|VSM";

    private final SchemeRepository schemes;

    SchemeController(SchemeRepository schemes) {
        this.schemes = schemes;
    }

    @PostMapping
    @PreAuthorize("hasRole('programme-manager')")
    @Transactional
    ResponseEntity<Scheme> create(@Valid @RequestBody NewScheme request) {
        Eligibility rules = request.eligibility();
        var scheme = new Scheme(UUID.randomUUID(), request.name().strip(), request.description(),
                request.targetCohortSize(), rules == null ? EligibilityRules.none()
                        : new EligibilityRules(rules.minBand(), rules.maxBand(), rules.regions() == null ? Set.of() : rules.regions()),
                Instant.now());
        schemes.insert(scheme);
        return ResponseEntity.created(URI.create("/api/recruitment/schemes/" + scheme.id())).body(scheme);
    }

    @GetMapping("/{id}")
    Scheme get(@PathVariable UUID id) {
        return schemes.find(id).orElseThrow(() -> ApiProblem.notFound("Scheme", id));
    }
}
