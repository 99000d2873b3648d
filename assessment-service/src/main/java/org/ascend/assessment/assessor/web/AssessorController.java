package org.ascend.assessment.assessor.web;

import java.net.URI;
import java.util.HashSet;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ascend.assessment.assessor.Assessor;
import org.ascend.assessment.assessor.AssessorService;
import org.ascend.platform.audit.Audited;
import org.ascend.platform.problem.AlsoAnswers;
import org.ascend.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The programme team keeps the pool; assessors and moderators declare their own conflicts. */
@RestController
@RequestMapping("/api/assessment/assessors")
class AssessorController {

    static final String ODS_CODE = "[A-Z0-9]{3,6}";

    record NewAssessor(@NotBlank @Size(max = 255) String subject, @NotBlank @Size(max = 200) String displayName,
            @NotBlank @Pattern(regexp = ODS_CODE, message = "must be an NHS ODS organisation code") String organisationCode) {
    }

    record ConflictBody(@NotNull Assessor.Kind kind,
            @NotBlank @Pattern(regexp = ODS_CODE, message = "must be an NHS ODS organisation code") String organisationCode,
            @Size(max = 500) String note) {
    }

    /** Every declaration is complete: an empty list says "no conflicts", and is recorded as such. */
    record Declaration(@NotNull @Size(max = 50) List<@NotNull @Valid ConflictBody> conflicts) {

        @AssertTrue(message = "declare each organisation once")
        boolean isEachOrganisationOnce() {
            return conflicts == null || conflicts.stream().anyMatch(c -> c == null)
                    || new HashSet<>(conflicts.stream().map(ConflictBody::organisationCode).toList()).size() == conflicts.size();
        }
    }

    private final AssessorService assessors;

    AssessorController(AssessorService assessors) {
        this.assessors = assessors;
    }

    /**
     * Add an assessor to the pool. The programme team names the person (their sign-in subject) and their
     * organisation.
     */
    @PostMapping
    @PreAuthorize("hasRole('programme-manager')")
    @Audited("assessor.add")
    @ResponseStatus(HttpStatus.CREATED) // also names the status in the API document
    ResponseEntity<Assessor> add(@Valid @RequestBody NewAssessor body) {
        Assessor added = assessors.add(body.subject().strip(), body.displayName().strip(), body.organisationCode(),
                Caller.current().subject());
        return ResponseEntity.created(URI.create("/api/assessment/assessors/" + added.subject())).body(added);
    }

    /** List the assessor pool, with each assessor's current conflict declaration. */
    @GetMapping
    @PreAuthorize("hasRole('programme-manager')")
    @Audited("assessor.list")
    List<Assessor> all() {
        return assessors.all();
    }

    /** Get the caller's own entry in the assessor pool. */
    @GetMapping("/me")
    @PreAuthorize("hasAnyRole('assessor', 'moderator')")
    @AlsoAnswers(404)
    Assessor me() {
        return assessors.get(Caller.current().subject());
    }

    /**
     * Declare your conflicts of interest. Replaces the previous declaration (which stays on record); an
     * assessor's own organisation is always a conflict.
     */
    @PutMapping("/me/declaration")
    @PreAuthorize("hasAnyRole('assessor', 'moderator')")
    @Audited("assessor.declare")
    @AlsoAnswers(404)
    Assessor declare(@Valid @RequestBody Declaration body) {
        return assessors.declare(Caller.current().subject(), body.conflicts().stream()
                .map(c -> new Assessor.Conflict(c.kind(), c.organisationCode(), c.note() == null ? null : c.note().strip()))
                .toList());
    }
}
