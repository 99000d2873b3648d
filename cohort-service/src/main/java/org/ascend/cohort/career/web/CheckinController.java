package org.ascend.cohort.career.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.ascend.cohort.career.Checkin;
import org.ascend.cohort.career.CheckinService;
import org.ascend.platform.audit.Audited;
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
class CheckinController {

    /**
     * @param moved       whether the participant changed role since completing or their last check-in
     * @param move        the new role, when they moved
     * @param reflections optional, kept in cohort only (never published)
     */
    record Answer(@NotNull Boolean moved, @Valid RoleBody move, @Size(max = 4000) String reflections) {

        @AssertTrue(message = "move is required when moved is true, and only then")
        boolean isMoveGivenWhenMoved() {
            return moved == null || moved == (move != null);
        }
    }

    /** Months after completion at which alumni of the scheme are due a check-in. */
    record Schedule(@NotEmpty @Size(max = 12) List<@NotNull @Min(1) @Max(120) Integer> monthsAfterCompletion) {
    }

    private final CheckinService checkins;

    CheckinController(CheckinService checkins) {
        this.checkins = checkins;
    }

    /** A participant's check-ins, due and answered: for them and the programme team. */
    @GetMapping("/participants/{id}/career-checkins")
    @PreAuthorize("hasAnyRole('programme-manager', 'applicant')")
    @Audited("career-checkin.read")
    List<Checkin> ofParticipant(@PathVariable UUID id) {
        return checkins.of(id, Caller.current());
    }

    /** The participant answers a check-in: current role kept, or the move they made, and optional reflections. */
    @PostMapping("/career-checkins/{id}/answer")
    @PreAuthorize("hasRole('applicant')")
    @Audited("career-checkin.answer")
    Checkin answer(@PathVariable UUID id, @Valid @RequestBody Answer answer) {
        return checkins.answer(id, answer.moved(), answer.move() == null ? null : answer.move().role(), answer.reflections(),
                Caller.current());
    }

    /** A cohort's unanswered check-ins, for the programme team to follow up. */
    @GetMapping("/cohorts/{cohortId}/career-checkins/unanswered")
    @PreAuthorize("hasRole('programme-manager')")
    @Audited("career-checkin.unanswered")
    List<Checkin> unanswered(@PathVariable UUID cohortId) {
        return checkins.unanswered(cohortId, Caller.current());
    }

    /** When the scheme's alumni are due a check-in, in months after completion. */
    @GetMapping("/schemes/{schemeId}/career-checkin-schedule")
    @PreAuthorize("hasRole('programme-manager')")
    Schedule schedule(@PathVariable UUID schemeId) {
        return new Schedule(checkins.schedule(schemeId));
    }

    /** The programme team sets when the scheme's alumni are due a check-in (default 6, 12, 24 and 36 months). */
    @PutMapping("/schemes/{schemeId}/career-checkin-schedule")
    @PreAuthorize("hasRole('programme-manager')")
    Schedule setSchedule(@PathVariable UUID schemeId, @Valid @RequestBody Schedule schedule) {
        return new Schedule(checkins.setSchedule(schemeId, schedule.monthsAfterCompletion(), Caller.current()));
    }
}
