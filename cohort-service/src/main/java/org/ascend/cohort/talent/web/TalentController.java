package org.ascend.cohort.talent.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ascend.cohort.career.Codes;
import org.ascend.cohort.career.RoleFamily;
import org.ascend.cohort.talent.Interest;
import org.ascend.cohort.talent.LocalSystem;
import org.ascend.cohort.talent.MyPoolEntry;
import org.ascend.cohort.talent.PoolEntry;
import org.ascend.cohort.talent.PoolView;
import org.ascend.cohort.talent.Readiness;
import org.ascend.cohort.talent.TalentService;
import org.ascend.platform.audit.Audited;
import org.ascend.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cohorts")
class TalentController {

    record SystemRequest(@NotBlank @Size(max = 200) String name,
            @NotBlank @Pattern(regexp = Codes.REGION_CODES, message = Codes.REGION_MESSAGE) String regionCode,
            @NotEmpty @Size(max = 200) List<@NotBlank @Pattern(regexp = Codes.ODS_CODE, message = Codes.ODS_CODE_MESSAGE) String> memberOrganisations) {
    }

    record PlacementRequest(@NotNull Readiness readiness, @NotEmpty @Size(max = 7) List<@NotNull RoleFamily> roleFamilies) {
    }

    record InterestRequest(@NotBlank @Size(max = 300) String vacancy, @NotNull RoleFamily roleFamily) {
    }

    private final TalentService talent;

    TalentController(TalentService talent) {
        this.talent = talent;
    }

    /** A local system (integrated care system) with its member organisations. */
    @PostMapping("/local-systems")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('programme-manager', 'regional-lead')")
    LocalSystem create(@Valid @RequestBody SystemRequest request) {
        return talent.create(request.name(), request.regionCode(), request.memberOrganisations(), Caller.current());
    }

    /** The local systems the caller may see: all, their region's, or those their organisation belongs to. */
    @GetMapping("/local-systems")
    @PreAuthorize("hasAnyRole('programme-manager', 'regional-lead', 'talent-lead')")
    List<LocalSystem> list() {
        return talent.visible(Caller.current());
    }

    /** A local system the caller may see: its region and member organisations. */
    @GetMapping("/local-systems/{id}")
    @PreAuthorize("hasAnyRole('programme-manager', 'regional-lead', 'talent-lead')")
    LocalSystem get(@PathVariable UUID id) {
        return talent.get(id, Caller.current());
    }

    /** Places a person who shares with talent pools in the system's pool, ready now or in 1-2 years for role families. */
    @PutMapping("/local-systems/{id}/talent-pool/{participantId}")
    @PreAuthorize("hasAnyRole('programme-manager', 'regional-lead')")
    @Audited("talent-pool.place")
    PoolEntry place(@PathVariable UUID id, @PathVariable UUID participantId, @Valid @RequestBody PlacementRequest request) {
        return talent.place(id, participantId, request.readiness(), request.roleFamilies(), Caller.current());
    }

    /** Takes a person out of the system's pool (with the interest registered in them there). */
    @DeleteMapping("/local-systems/{id}/talent-pool/{participantId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyRole('programme-manager', 'regional-lead')")
    @Audited("talent-pool.remove")
    void remove(@PathVariable UUID id, @PathVariable UUID participantId) {
        talent.remove(id, participantId, Caller.current());
    }

    /** Searches the pool: only what each person shares. Every search is audited, with its filters. */
    @GetMapping("/local-systems/{id}/talent-pool")
    @PreAuthorize("hasAnyRole('programme-manager', 'regional-lead', 'talent-lead')")
    @Audited(value = "talent-pool.search", withQuery = true)
    List<PoolView> search(@PathVariable UUID id, @RequestParam(required = false) Readiness readiness,
            @RequestParam(required = false) RoleFamily roleFamily) {
        return talent.search(id, readiness, roleFamily, Caller.current());
    }

    /** A talent lead of a member organisation registers interest in a person, for a vacancy; the person sees it. */
    @PostMapping("/talent-pool-entries/{entryId}/interest")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('talent-lead')")
    @Audited("talent-pool.interest")
    Interest registerInterest(@PathVariable UUID entryId, @Valid @RequestBody InterestRequest request) {
        return talent.registerInterest(entryId, request.vacancy(), request.roleFamily(), Caller.current());
    }

    /** The pools the caller is in, and which talent leads registered interest, for what. */
    @GetMapping("/me/talent-pools")
    @PreAuthorize("hasRole('applicant')")
    List<MyPoolEntry> mine() {
        return talent.mine(Caller.current());
    }
}
