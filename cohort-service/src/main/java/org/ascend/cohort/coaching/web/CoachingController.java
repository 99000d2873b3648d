package org.ascend.cohort.coaching.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ascend.cohort.coaching.Coach;
import org.ascend.cohort.coaching.CoachingPair;
import org.ascend.cohort.coaching.CoachingService;
import org.ascend.platform.audit.Audited;
import org.ascend.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cohorts")
class CoachingController {

    private static final String SPECIALISM = "[a-z0-9-]{2,40}";

    record NewCoach(@NotBlank @Size(max = 200) String displayName,
            @NotNull @Pattern(regexp = "[A-Z0-9]{3,6}", message = "must be an ODS organisation code") String organisationCode,
            @NotNull @Pattern(regexp = "Y[0-9]{2}", message = "must be an NHS region code such as Y63") String regionCode,
            @NotNull @Min(1) @Max(20) Integer capacity,
            @Size(max = 10) List<@NotNull @Pattern(regexp = SPECIALISM, message = "must be 2-40 lower-case letters, digits or '-'") String> specialisms,
            @Email @Size(max = 320) String email) {
    }

    record Preferences(@NotNull @Size(max = 3, message = "rank at most three coaches") List<@NotNull UUID> coachIds,
            @Size(max = 10) List<@NotNull @Pattern(regexp = SPECIALISM, message = "must be 2-40 lower-case letters, digits or '-'") String> interests) {
    }

    record Conflict(@NotNull UUID coachId, @NotBlank @Size(min = 10, max = 1000) String reason) {
    }

    private final CoachingService coaching;

    CoachingController(CoachingService coaching) {
        this.coaching = coaching;
    }

    /**
     * Add a coach or mentor to the pool: organisation, region, how many participants they can take, specialisms, and
     * the email they sign in with (so they see the participants matched to them).
     */
    @PostMapping("/coaches")
    @PreAuthorize("hasRole('programme-manager')")
    @ResponseStatus(HttpStatus.CREATED) // also names the status in the API document
    ResponseEntity<Coach> addCoach(@Valid @RequestBody NewCoach request) {
        Coach coach = coaching.addCoach(request.displayName().strip(), request.organisationCode(), request.regionCode(),
                request.capacity(), request.specialisms() == null ? List.of() : request.specialisms(),
                request.email() == null ? null : request.email().strip());
        return ResponseEntity.created(URI.create("/api/cohorts/coaches/" + coach.id())).body(coach);
    }

    /** The pool, for the programme team and for participants choosing whom to rank. */
    @GetMapping("/coaches")
    @PreAuthorize("hasAnyRole('programme-manager', 'applicant')")
    List<Coach> coaches() {
        return coaching.coaches();
    }

    /** Rank up to three coaches, best first, and name the specialisms you want to grow (your own, as a participant). */
    @PutMapping("/participants/{id}/coaching-preferences")
    @PreAuthorize("hasAnyRole('programme-manager', 'applicant')")
    Preferences setPreferences(@PathVariable UUID id, @Valid @RequestBody Preferences request) {
        List<String> interests = request.interests() == null ? List.of() : request.interests();
        coaching.setPreferences(id, request.coachIds(), interests, Caller.current());
        return new Preferences(request.coachIds(), interests);
    }

    /** Record a conflict between a participant and a coach: matching never pairs them. */
    @PostMapping("/participants/{id}/coaching-conflicts")
    @PreAuthorize("hasRole('programme-manager')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void declareConflict(@PathVariable UUID id, @Valid @RequestBody Conflict request) {
        coaching.declareConflict(id, request.coachId(), request.reason().strip(), Caller.current());
    }

    /**
     * Match the cohort's active participants who have no coach yet: stable (deferred acceptance), within each coach's
     * capacity, never the same organisation or a declared conflict; each pair says why it was made.
     */
    @PostMapping("/cohorts/{cohortId}/coaching/match")
    @PreAuthorize("hasRole('programme-manager')")
    CoachingService.MatchReport match(@PathVariable UUID cohortId) {
        return coaching.matchCohort(cohortId, Caller.current());
    }

    /** A participant's request for another coach: matched again, never to the same one; everyone else keeps theirs. */
    @PostMapping("/participants/{id}/coaching/rematch")
    @PreAuthorize("hasRole('programme-manager')")
    CoachingService.MatchReport rematch(@PathVariable UUID id) {
        return coaching.rematch(id, Caller.current());
    }

    /** A cohort's coaching pairs, with why each was made. */
    @GetMapping("/cohorts/{cohortId}/coaching")
    @PreAuthorize("hasRole('programme-manager')")
    List<CoachingPair> pairs(@PathVariable UUID cohortId) {
        return coaching.pairsOfCohort(cohortId, Caller.current());
    }

    /** Your coach, as a participant, and why you were paired. */
    @GetMapping("/me/coach")
    @PreAuthorize("hasRole('applicant')")
    List<CoachingPair> mine() {
        return coaching.mine(Caller.current());
    }

    /** The participants matched to you, as a coach (by your sign-in email): names, how to reach them, why paired. */
    @GetMapping("/me/coachees")
    @PreAuthorize("hasRole('coach')")
    @Audited("coaching.coachees")
    List<CoachingService.Coachee> coachees() {
        return coaching.coachees(Caller.current());
    }
}
