package org.ascend.cohort.career;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ascend.cohort.career.events.CareerCheckinCompleted;
import org.ascend.cohort.career.events.CareerCheckinDue;
import org.ascend.cohort.cohort.CohortService;
import org.ascend.cohort.intake.IntakePlacesService;
import org.ascend.cohort.participant.Participant;
import org.ascend.cohort.participant.ParticipantService;
import org.ascend.platform.problem.ApiProblem;
import org.ascend.platform.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Career check-ins (docs/cohorts.md, "Careers"): due at the scheme's months after completion while consent is in
 * force; opened and announced by a job; answered by the participant; reminded 14 days after each announcement, at
 * most twice; the unanswered ones visible to the programme team.
 */
@Service
public class CheckinService {

    static final Duration REMIND_AFTER = Duration.ofDays(14);

    private final CheckinRepository checkins;
    private final CareerConsentService consents;
    private final CareerRecordService records;
    private final ParticipantService participants;
    private final CohortService cohorts;
    private final ApplicationEventPublisher events;
    private final IntakePlacesService intakes;
    private final Clock clock;

    CheckinService(IntakePlacesService intakes, CheckinRepository checkins, CareerConsentService consents, CareerRecordService records,
            ParticipantService participants, CohortService cohorts, ApplicationEventPublisher events, Clock clock) {
        this.intakes = intakes;
        this.clock = clock;
        this.checkins = checkins;
        this.consents = consents;
        this.records = records;
        this.participants = participants;
        this.cohorts = cohorts;
        this.events = events;
    }

    /** {@link #announceDue(Clock)} now. */
    @Transactional
    public int announceDue() {
        return announceDue(clock);
    }

    /**
     * Opens the check-ins due on the clock's day and reminds the unanswered ones; returns how many were announced.
     * Only the latest milestone due is opened: someone who consents 13 months after completing is asked once, at 12.
     * Safe to run on several instances at once (unique check-in per milestone, reminders claimed with SKIP LOCKED).
     */
    @Transactional
    public int announceDue(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        Map<UUID, List<Integer>> schedules = new HashMap<>();
        int announced = 0;
        for (CareerConsent consent : consents.allTracking(today)) {
            Participant participant = participants.byId(consent.participantId());
            Optional<LocalDate> completedOn = participants.completedOn(participant);
            if (completedOn.isEmpty()) {
                continue;
            }
            UUID schemeId = cohorts.byId(participant.cohortId()).schemeId();
            List<Integer> schedule = schedules.computeIfAbsent(schemeId, checkins::schedule);
            Optional<Integer> latestDue = schedule.stream().filter(m -> !completedOn.get().plusMonths(m).isAfter(today))
                    .filter(m -> !completedOn.get().plusMonths(m).isAfter(consent.trackUntil())).reduce(Math::max);
            if (latestDue.isPresent()) {
                Checkin checkin = new Checkin(UUID.randomUUID(), participant.id(), participant.cohortId(), latestDue.get(),
                        completedOn.get().plusMonths(latestDue.get()), now, 0, null, null, null, null);
                if (checkins.open(checkin)) {
                    announce(checkin, now);
                    announced++;
                }
            }
        }
        for (Checkin reminded : checkins.remindDue(now.minus(REMIND_AFTER), now)) {
            announce(reminded, now);
            announced++;
        }
        return announced;
    }

    private void announce(Checkin checkin, Instant now) {
        events.publishEvent(new CareerCheckinDue(UUID.randomUUID(), checkin.id(), checkin.participantId(), checkin.cohortId(),
                checkin.monthsAfterCompletion(), checkin.dueOn(), checkin.remindersSent(),
                consents.nextVersion(checkin.participantId()), now));
    }

    /**
     * The participant answers: whether they moved (then the new role, recorded as self-reported) and, if they like,
     * reflections that stay in cohort.
     */
    @Transactional
    public Checkin answer(UUID checkinId, boolean moved, CareerRecord.Role move, String reflections, Caller caller) {
        Checkin checkin = checkins.find(checkinId).filter(c -> c.participantId() != null)
                .orElseThrow(() -> ApiProblem.notFound("Check-in", checkinId));
        Participant participant = participants.get(checkin.participantId(), caller);
        if (!caller.subject().equals(participant.applicantSubject())) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "checkin-is-personal", "Only the participant answers",
                    "A career check-in is answered by the participant themselves; the programme team records moves with "
                            + "their source at POST /api/cohorts/participants/" + participant.id() + "/career-records.");
        }
        if (checkin.answered()) {
            throw ApiProblem.conflict("checkin-answered", "Already answered",
                    "This check-in was answered on " + checkin.answeredAt() + ". Report a later move at POST "
                            + "/api/cohorts/participants/" + participant.id() + "/career-records.");
        }
        consents.requireTracking(participant.id());
        UUID recordId = moved ? records.record(participant, move, CareerRecord.Source.SELF_REPORTED, caller.subject()).id() : null;
        Instant now = clock.instant();
        if (!checkins.answer(checkinId, moved, recordId, reflections, now)) {
            throw ApiProblem.conflict("checkin-answered", "Already answered", "This check-in was answered meanwhile.");
        }
        events.publishEvent(new CareerCheckinCompleted(UUID.randomUUID(), checkinId, participant.id(), participant.cohortId(),
                checkin.monthsAfterCompletion(), moved, consents.nextVersion(participant.id()), now));
        return checkins.find(checkinId).orElseThrow();
    }

    /** A participant's check-ins: for them and the programme team. */
    public List<Checkin> of(UUID participantId, Caller caller) {
        participants.get(participantId, caller);
        return checkins.ofParticipant(participantId);
    }

    /** A cohort's unanswered check-ins, for the programme team to follow up. */
    public List<Checkin> unanswered(UUID cohortId, Caller caller) {
        cohorts.get(cohortId, caller);
        return checkins.unansweredOfCohort(cohortId);
    }

    public List<Integer> schedule(UUID schemeId) {
        return checkins.schedule(knownScheme(schemeId));
    }

    private UUID knownScheme(UUID schemeId) {
        if (!intakes.knowsScheme(schemeId)) {
            throw ApiProblem.notFound("Scheme", schemeId);
        }
        return schemeId;
    }

    @Transactional
    public List<Integer> setSchedule(UUID schemeId, List<Integer> months, Caller caller) {
        List<Integer> sorted = months.stream().distinct().sorted().toList();
        checkins.setSchedule(knownScheme(schemeId), sorted, caller.subject(), clock.instant());
        return sorted;
    }
}
