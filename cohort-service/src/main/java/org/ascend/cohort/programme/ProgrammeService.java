package org.ascend.cohort.programme;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ascend.cohort.cohort.Cohort;
import org.ascend.cohort.cohort.CohortService;
import org.ascend.cohort.cohort.CohortStatus;
import org.ascend.cohort.participant.Participant;
import org.ascend.cohort.participant.ParticipantService;
import org.ascend.cohort.participant.ParticipantStatus;
import org.ascend.cohort.plan.PlanService;
import org.ascend.cohort.programme.events.SessionHeld;
import org.ascend.platform.problem.ApiProblem;
import org.ascend.platform.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cohort's programme (docs/cohorts.md): its sessions, attendance per participant, and the completion rules a
 * participant is checked against before they complete.
 */
@Service
public class ProgrammeService {

    public record SessionSpec(SessionKind kind, String title, Instant startsAt, int durationMinutes, String place,
            String onlineLink, String facilitator) {
    }

    /** A session with its attendance so far (participant id to status); the attendance is the programme team's. */
    public record SessionView(ProgrammeSession session, Map<UUID, AttendanceStatus> attendance) {
    }

    private final ProgrammeRepository programme;
    private final CohortService cohorts;
    private final ParticipantService participants;
    private final PlanService plans;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgrammeService(ProgrammeRepository programme, CohortService cohorts, ParticipantService participants,
            PlanService plans, ApplicationEventPublisher events, Clock clock) {
        this.programme = programme;
        this.cohorts = cohorts;
        this.participants = participants;
        this.plans = plans;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ProgrammeSession addSession(UUID cohortId, SessionSpec spec, Caller caller) {
        Cohort cohort = cohorts.get(cohortId, caller);
        if (cohort.status() == CohortStatus.COMPLETED || cohort.status() == CohortStatus.CANCELLED) {
            throw ApiProblem.conflict("cohort-closed", "Cohort has ended",
                    "This cohort is " + cohort.status().name().toLowerCase() + "; it has no more sessions.");
        }
        ProgrammeSession session = new ProgrammeSession(UUID.randomUUID(), cohortId, spec.kind(), spec.title(), spec.startsAt(),
                spec.durationMinutes(), spec.place(), spec.onlineLink(), spec.facilitator(), null, 1);
        programme.insert(session);
        return session;
    }

    /** The programme team sees every session with its attendance; a participant their cohort's sessions. */
    public List<SessionView> sessions(UUID cohortId, Caller caller) {
        if (caller.has("programme-manager")) {
            cohorts.get(cohortId, caller);
            return programme.ofCohort(cohortId).stream().map(s -> new SessionView(s, programme.attendanceOf(s.id()))).toList();
        }
        boolean participant = participants.mine(caller).stream().anyMatch(p -> p.cohortId().equals(cohortId));
        if (!participant) {
            throw ApiProblem.notFound("Cohort", cohortId);
        }
        return programme.ofCohort(cohortId).stream().map(s -> new SessionView(s, Map.of())).toList();
    }

    /**
     * Records who attended a session that has started: each participant listed must be in the session's cohort.
     * The session counts as held from then on; its attendance counts are published.
     */
    @Transactional
    public SessionView recordAttendance(UUID sessionId, Map<UUID, AttendanceStatus> attendance, Caller caller) {
        ProgrammeSession session = programme.find(sessionId).orElseThrow(() -> ApiProblem.notFound("Session", sessionId));
        Instant now = clock.instant();
        if (session.startsAt().isAfter(now)) {
            throw ApiProblem.conflict("session-not-started", "Session has not started",
                    "Attendance is recorded once a session has started; this one starts at " + session.startsAt() + ".");
        }
        Set<UUID> ofCohort = participants.ofCohort(session.cohortId(), caller).stream().map(Participant::id)
                .collect(Collectors.toSet());
        List<UUID> strangers = attendance.keySet().stream().filter(id -> !ofCohort.contains(id)).toList();
        if (!strangers.isEmpty()) {
            throw ApiProblem.invalidFields(Map.of("attendance", "not participants of this session's cohort: " + strangers));
        }
        attendance.forEach((participant, status) -> programme.recordAttendance(sessionId, participant, status,
                caller.subject(), now));
        long version = programme.markHeld(sessionId, now);
        Map<AttendanceStatus, Integer> counts = programme.counts(sessionId);
        events.publishEvent(new SessionHeld(UUID.randomUUID(), sessionId, session.cohortId(), session.kind(),
                session.startsAt(), counts.get(AttendanceStatus.ATTENDED), counts.get(AttendanceStatus.APOLOGIES),
                counts.get(AttendanceStatus.ABSENT), version, now));
        return new SessionView(programme.find(sessionId).orElseThrow(), programme.attendanceOf(sessionId));
    }

    @Transactional
    public int setMinAttendance(UUID cohortId, int percent, Caller caller) {
        cohorts.get(cohortId, caller);
        programme.setMinAttendancePercent(cohortId, percent);
        return percent;
    }

    /** The participant against their cohort's rules, without changing anything. */
    public Completion check(UUID participantId, Caller caller) {
        Participant participant = participants.get(participantId, caller);
        int minimum = programme.minAttendancePercent(participant.cohortId());
        int[] attendedOfHeld = programme.attendedOfHeld(participant.cohortId(), participantId);
        int attended = attendedOfHeld[0];
        int held = attendedOfHeld[1];
        boolean met = held > 0 && attended * 100 >= minimum * held;
        String measured = held == 0 ? "no session has been held yet"
                : "attended " + attended + " of " + held + " sessions held (" + (attended * 100 / held) + " %)";
        List<Completion.Rule> rules = new ArrayList<>();
        rules.add(new Completion.Rule("attendance of at least " + minimum + " %", met, measured));
        int[] signedOffOfAll = plans.signedOffOfAll(participantId);
        rules.add(new Completion.Rule("every development-plan milestone signed off",
                signedOffOfAll[1] > 0 && signedOffOfAll[0] == signedOffOfAll[1], signedOffOfAll[1] == 0
                        ? "no milestones in the development plan yet"
                        : signedOffOfAll[0] + " of " + signedOffOfAll[1] + " milestones signed off"));
        return new Completion(rules.stream().allMatch(Completion.Rule::met), rules);
    }

    /**
     * Completes an active participant if every rule is met. Otherwise refused, naming the rules not met, unless the
     * programme team overrides with a written reason (recorded in the participant's history).
     */
    @Transactional
    public Participant complete(UUID participantId, boolean override, String reason, Caller caller) {
        Completion completion = check(participantId, caller);
        if (!completion.allMet() && !override) {
            String unmet = completion.rules().stream().filter(r -> !r.met()).map(r -> r.rule() + " (" + r.measured() + ")")
                    .collect(Collectors.joining("; "));
            throw ApiProblem.conflict("completion-rules-not-met", "Completion rules not met",
                    "Not every completion rule is met: " + unmet + ". Record the missing attendance or sign-offs, or "
                            + "complete with override and a written reason.");
        }
        String recorded = completion.allMet() ? "completion rules met" : "override: " + reason;
        return participants.changeStatus(participantId, ParticipantStatus.COMPLETED, recorded, null, caller);
    }
}
