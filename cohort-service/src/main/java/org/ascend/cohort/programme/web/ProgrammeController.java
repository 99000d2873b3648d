package org.ascend.cohort.programme.web;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ascend.cohort.participant.Participant;
import org.ascend.cohort.programme.AttendanceStatus;
import org.ascend.cohort.programme.Completion;
import org.ascend.cohort.programme.ProgrammeService;
import org.ascend.cohort.programme.ProgrammeSession;
import org.ascend.cohort.programme.SessionKind;
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
class ProgrammeController {

    record NewSession(@NotNull SessionKind kind, @NotBlank @Size(max = 200) String title, @NotNull Instant startsAt,
            @NotNull @Min(15) @Max(1440) Integer durationMinutes, @Size(max = 300) String place,
            @Size(max = 500) @Pattern(regexp = "https://\\S+", message = "must be an https link") String onlineLink,
            @NotBlank @Size(max = 200) String facilitator) {

        @AssertTrue(message = "a session needs a place or an online link")
        boolean isSomewhere() {
            return place != null && !place.isBlank() || onlineLink != null;
        }
    }

    record AttendanceRecord(@NotNull UUID participantId, @NotNull AttendanceStatus status) {
    }

    record Attendance(@NotEmpty @Size(max = 500) List<@Valid @NotNull AttendanceRecord> records) {

        @AssertTrue(message = "each participant once")
        boolean isEachParticipantOnce() {
            return records == null || records.stream().map(AttendanceRecord::participantId).distinct().count() == records.size();
        }
    }

    record Rules(@NotNull @Min(0) @Max(100) Integer minAttendancePercent) {
    }

    record CompletionRequest(Boolean override, @Size(max = 2000) String reason) {

        @AssertTrue(message = "an override needs a written reason (at least 20 characters)")
        boolean isOverrideExplained() {
            return !Boolean.TRUE.equals(override) || reason != null && reason.strip().length() >= 20;
        }
    }

    private final ProgrammeService programme;

    ProgrammeController(ProgrammeService programme) {
        this.programme = programme;
    }

    /** Add a session to a cohort's programme: a module, action-learning set, masterclass, coaching, placement or shadowing. */
    @PostMapping("/cohorts/{cohortId}/sessions")
    @PreAuthorize("hasRole('programme-manager')")
    @ResponseStatus(HttpStatus.CREATED) // also names the status in the API document
    ResponseEntity<ProgrammeSession> addSession(@PathVariable UUID cohortId, @Valid @RequestBody NewSession request) {
        ProgrammeSession session = programme.addSession(cohortId, new ProgrammeService.SessionSpec(request.kind(),
                request.title().strip(), request.startsAt(), request.durationMinutes(),
                request.place() == null || request.place().isBlank() ? null : request.place().strip(), request.onlineLink(),
                request.facilitator().strip()), Caller.current());
        return ResponseEntity.created(URI.create("/api/cohorts/sessions/" + session.id())).body(session);
    }

    /** A cohort's sessions in time order; the programme team also sees who attended. Participants see their own cohort's. */
    @GetMapping("/cohorts/{cohortId}/sessions")
    @PreAuthorize("hasAnyRole('programme-manager', 'applicant')")
    List<ProgrammeService.SessionView> sessions(@PathVariable UUID cohortId) {
        return programme.sessions(cohortId, Caller.current());
    }

    /** Record attendance at a session that has started: attended, apologies or absent, per participant. */
    @PutMapping("/sessions/{id}/attendance")
    @PreAuthorize("hasRole('programme-manager')")
    ProgrammeService.SessionView recordAttendance(@PathVariable UUID id, @Valid @RequestBody Attendance request) {
        Map<UUID, AttendanceStatus> attendance = new LinkedHashMap<>();
        request.records().forEach(r -> attendance.put(r.participantId(), r.status()));
        return programme.recordAttendance(id, attendance, Caller.current());
    }

    /** Set a cohort's completion rule: the share of held sessions a participant must have attended (default 80 %). */
    @PutMapping("/cohorts/{cohortId}/completion-rules")
    @PreAuthorize("hasRole('programme-manager')")
    Rules setRules(@PathVariable UUID cohortId, @Valid @RequestBody Rules request) {
        return new Rules(programme.setMinAttendance(cohortId, request.minAttendancePercent(), Caller.current()));
    }

    /** A participant against their cohort's completion rules: each rule, met or not, and what was measured. */
    @GetMapping("/participants/{id}/completion")
    @PreAuthorize("hasAnyRole('programme-manager', 'applicant')")
    Completion check(@PathVariable UUID id) {
        return programme.check(id, Caller.current());
    }

    /**
     * Complete a participant. Refused (409) naming the rules not met, unless overridden with a written reason,
     * which is kept in the participant's history.
     */
    @PostMapping("/participants/{id}/completion")
    @PreAuthorize("hasRole('programme-manager')")
    Participant complete(@PathVariable UUID id, @Valid @RequestBody CompletionRequest request) {
        return programme.complete(id, Boolean.TRUE.equals(request.override()),
                request.reason() == null ? null : request.reason().strip(), Caller.current());
    }
}
