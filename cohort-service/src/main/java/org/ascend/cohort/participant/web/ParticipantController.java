package org.ascend.cohort.participant.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.ascend.cohort.cohort.Cohort;
import org.ascend.cohort.participant.Participant;
import org.ascend.cohort.participant.ParticipantService;
import org.ascend.cohort.participant.ParticipantStatus;
import org.ascend.cohort.participant.StatusChange;
import org.ascend.cohort.participant.WithdrawalReason;
import org.ascend.platform.audit.Audited;
import org.ascend.platform.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cohorts")
class ParticipantController {

    /**
     * @param reason why, in words (kept in this service: it may say personal things)
     * @param reasonCategory why, as a category for reporting's cohort outcomes: needed when withdrawing
     */
    record StatusChangeRequest(@NotNull ParticipantStatus status, @Size(max = 2000) String reason,
            WithdrawalReason reasonCategory) {

        @AssertTrue(message = "complete a participant with POST /api/cohorts/participants/{id}/completion, which checks the "
                + "cohort's completion rules")
        boolean isNotCompletion() {
            return status != ParticipantStatus.COMPLETED;
        }

        @AssertTrue(message = "withdrawing needs a reason (at least 10 characters)")
        boolean isReasonGivenWhenWithdrawing() {
            return status != ParticipantStatus.WITHDRAWN || reason != null && reason.strip().length() >= 10;
        }

        @AssertTrue(message = "withdrawing needs a reasonCategory: WORKLOAD, HEALTH, PERSONAL_CIRCUMSTANCES, ROLE_CHANGE, "
                + "LEFT_THE_NHS, PROGRAMME_NOT_A_FIT or OTHER")
        boolean isReasonCategoryGivenWhenWithdrawing() {
            return status != ParticipantStatus.WITHDRAWN || reasonCategory != null;
        }
    }

    private final ParticipantService participants;

    ParticipantController(ParticipantService participants) {
        this.participants = participants;
    }

    /** A cohort's participants, with the contact details recruitment released on acceptance (programme team only). */
    @GetMapping("/cohorts/{cohortId}/participants")
    @PreAuthorize("hasRole('programme-manager')")
    @Audited("participant.list")
    List<Participant> ofCohort(@PathVariable UUID cohortId) {
        return participants.ofCohort(cohortId, Caller.current());
    }

    /** A participant: for the programme team, or one's own. */
    @GetMapping("/participants/{id}")
    @PreAuthorize("hasAnyRole('programme-manager', 'applicant')")
    @Audited("participant.read")
    Participant get(@PathVariable UUID id) {
        return participants.get(id, Caller.current());
    }

    /** Every change of a participant's status: who made it, when and why. */
    @GetMapping("/participants/{id}/history")
    @PreAuthorize("hasAnyRole('programme-manager', 'applicant')")
    @Audited("participant.history")
    List<StatusChange> history(@PathVariable UUID id) {
        return participants.history(id, Caller.current());
    }

    /** The caller's own participations. */
    @GetMapping("/me/participations")
    @PreAuthorize("hasRole('applicant')")
    List<Participant> mine() {
        return participants.mine(Caller.current());
    }

    /** The cohorts you take part in: name, dates, scope and delivery partners (their sessions: /cohorts/{id}/sessions). */
    @GetMapping("/me/cohorts")
    @PreAuthorize("hasRole('applicant')")
    List<Cohort> myCohorts() {
        return participants.myCohorts(Caller.current());
    }

    /**
     * Move a participant on: defer, come back (active) or withdraw (with a reason); completing goes through the
     * completion rules. Each change is recorded with who made it and when.
     */
    @PostMapping("/participants/{id}/status")
    @PreAuthorize("hasRole('programme-manager')")
    @Audited("participant.status")
    Participant changeStatus(@PathVariable UUID id, @Valid @RequestBody StatusChangeRequest request) {
        return participants.changeStatus(id, request.status(), request.reason() == null ? null : request.reason().strip(),
                request.status() == ParticipantStatus.WITHDRAWN ? request.reasonCategory() : null, Caller.current());
    }
}
