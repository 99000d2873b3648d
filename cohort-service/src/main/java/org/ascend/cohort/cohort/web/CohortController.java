package org.ascend.cohort.cohort.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ascend.cohort.cohort.Cohort;
import org.ascend.cohort.cohort.CohortService;
import org.ascend.cohort.cohort.CohortStatus;
import org.ascend.cohort.cohort.Scope;
import org.ascend.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cohorts")
class CohortController {

    private static final String ODS_CODE = "[A-Z0-9]{3,6}";

    record ScopeSpec(@NotNull Scope.Kind kind, @Pattern(regexp = "Y[0-9]{2}", message = "must be an NHS region code such as Y63") String regionCode,
            @Pattern(regexp = "Q[A-Z0-9]{2}", message = "must be an integrated care system code such as QHL") String systemCode,
            @Size(max = 200) List<@NotNull @Pattern(regexp = ODS_CODE, message = "must be an ODS organisation code") String> memberOrganisations) {

        @AssertTrue(message = "a NATIONAL scope has no region or system; a REGION scope needs regionCode; a LOCAL_SYSTEM scope needs "
                + "regionCode, systemCode and at least one member organisation")
        boolean isComplete() {
            if (kind == null) {
                return true;
            }
            boolean members = memberOrganisations != null && !memberOrganisations.isEmpty();
            return switch (kind) {
                case NATIONAL -> regionCode == null && systemCode == null && !members;
                case REGION -> regionCode != null && systemCode == null && !members;
                case LOCAL_SYSTEM -> regionCode != null && systemCode != null && members;
            };
        }

        Scope toScope() {
            return new Scope(kind, regionCode, systemCode, memberOrganisations);
        }
    }

    record NewCohort(@NotBlank @Size(max = 200) String name, @Min(1) @Max(500) Integer capacity,
            @NotNull LocalDate startsOn, @NotNull LocalDate endsOn, @NotNull @Valid ScopeSpec scope,
            @Size(max = 10) List<@NotBlank @Size(max = 200) String> deliveryPartners) {

        @AssertTrue(message = "endsOn must be after startsOn")
        boolean isEndAfterStart() {
            return startsOn == null || endsOn == null || endsOn.isAfter(startsOn);
        }
    }

    record StatusChange(@NotNull CohortStatus status, @Size(max = 2000) String reason) {

        @AssertTrue(message = "cancelling needs a reason (at least 10 characters); other changes take none")
        boolean isReasonGivenWhenCancelling() {
            return status != CohortStatus.CANCELLED ? reason == null : reason != null && reason.strip().length() >= 10;
        }
    }

    private final CohortService cohorts;

    CohortController(CohortService cohorts) {
        this.cohorts = cohorts;
    }

    /**
     * Create a cohort of an intake. It starts planned; its capacity is the intake's places unless given. Scope:
     * national, a region, or a local system with its member organisations.
     */
    @PostMapping("/intakes/{intakeId}/cohorts")
    @PreAuthorize("hasRole('programme-manager')")
    @ResponseStatus(HttpStatus.CREATED) // also names the status in the API document
    ResponseEntity<Cohort> create(@PathVariable UUID intakeId, @Valid @RequestBody NewCohort request) {
        Cohort cohort = cohorts.create(intakeId, new CohortService.Spec(request.name().strip(), request.capacity(),
                request.startsOn(), request.endsOn(), request.scope().toScope(),
                request.deliveryPartners() == null ? List.of() : request.deliveryPartners().stream().map(String::strip).toList()));
        return ResponseEntity.created(URI.create("/api/cohorts/cohorts/" + cohort.id())).body(cohort);
    }

    /** Cohorts, latest start first: the programme team's all, a regional lead's those of their region. */
    @GetMapping("/cohorts")
    @PreAuthorize("hasAnyRole('programme-manager', 'regional-lead')")
    List<Cohort> list(@RequestParam(required = false) UUID intakeId) {
        return cohorts.list(intakeId, Caller.current());
    }

    /** Get a cohort. */
    @GetMapping("/cohorts/{id}")
    @PreAuthorize("hasAnyRole('programme-manager', 'regional-lead')")
    Cohort get(@PathVariable UUID id) {
        return cohorts.get(id, Caller.current());
    }

    /**
     * Move a cohort on: planned → running → completed, or cancelled (with a reason) before it completes.
     */
    @PostMapping("/cohorts/{id}/status")
    @PreAuthorize("hasRole('programme-manager')")
    Cohort changeStatus(@PathVariable UUID id, @Valid @RequestBody StatusChange request) {
        return cohorts.changeStatus(id, request.status(), request.reason() == null ? null : request.reason().strip());
    }
}
