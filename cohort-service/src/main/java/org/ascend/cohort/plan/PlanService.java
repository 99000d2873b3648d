package org.ascend.cohort.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ascend.cohort.coaching.CoachingService;
import org.ascend.cohort.participant.Participant;
import org.ascend.cohort.participant.ParticipantService;
import org.ascend.cohort.plan.events.MilestoneOverdue;
import org.ascend.platform.problem.ApiProblem;
import org.ascend.platform.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Development plans (docs/cohorts.md): the participant writes objectives with milestones and evidence; the
 * participant's coach, their sponsor or the programme team signs milestones off; overdue ones are visible to the programme
 * team and announced once each.
 */
@Service
public class PlanService {

    /** Dates in plans are UK dates. */
    private static final ZoneId UK = ZoneId.of("Europe/London");

    public record MilestoneSpec(String title, LocalDate dueOn) {
    }

    private final PlanRepository plans;
    private final ParticipantService participants;
    private final CoachingService coaching;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanService(PlanRepository plans, ParticipantService participants, CoachingService coaching, ApplicationEventPublisher events,
            Clock clock) {
        this.plans = plans;
        this.participants = participants;
        this.coaching = coaching;
        this.events = events;
        this.clock = clock;
    }

    /** An objective with its milestones, written by the participant (or the programme team with them). */
    @Transactional
    public DevelopmentPlan addObjective(UUID participantId, String title, String description, List<MilestoneSpec> milestones,
            Caller caller) {
        participants.get(participantId, caller);
        LocalDate today = today();
        for (MilestoneSpec milestone : milestones) {
            if (milestone.dueOn().isBefore(today)) {
                throw ApiProblem.invalidFields(Map.of("milestones", "a milestone cannot be due in the past (" + milestone.dueOn() + ")"));
            }
        }
        UUID objectiveId = UUID.randomUUID();
        plans.insertObjective(objectiveId, participantId, title, description, clock.instant());
        milestones.forEach(m -> plans.insertMilestone(UUID.randomUUID(), objectiveId, participantId, m.title(), m.dueOn()));
        return plans.plan(participantId, today);
    }

    /** The plan, for the participant, their coach, their sponsor, or the programme team. */
    public DevelopmentPlan plan(UUID participantId, Caller caller) {
        readable(participantId, caller);
        return plans.plan(participantId, today());
    }

    /** The participant adds evidence to one of their own milestones. */
    @Transactional
    public DevelopmentPlan addEvidence(UUID milestoneId, String text, Caller caller) {
        PlanRepository.MilestoneRow milestone = plans.milestone(milestoneId).orElseThrow(() -> ApiProblem.notFound("Milestone", milestoneId));
        Participant participant = participants.get(milestone.participantId(), caller);
        if (!caller.subject().equals(participant.applicantSubject())) {
            throw ApiProblem.notFound("Milestone", milestoneId); // evidence is the participant's own words
        }
        plans.addEvidence(milestoneId, text, clock.instant());
        return plans.plan(participant.id(), today());
    }

    /** The participant's coach or sponsor, or the programme team, signs a milestone off; the participant cannot. */
    @Transactional
    public DevelopmentPlan signOff(UUID milestoneId, Caller caller) {
        PlanRepository.MilestoneRow milestone = plans.milestone(milestoneId).orElseThrow(() -> ApiProblem.notFound("Milestone", milestoneId));
        Participant participant = readable(milestone.participantId(), caller);
        String as = caller.has("programme-manager") ? "PROGRAMME_TEAM"
                : coaching.isCoachOf(participant.id(), caller) ? "COACH" : "SPONSOR"; // the endpoint admits no one else
        if (milestone.signedOffAt() != null) {
            throw ApiProblem.conflict("already-signed-off", "Milestone already signed off",
                    "This milestone was signed off on " + milestone.signedOffAt() + ".");
        }
        if (!plans.signOff(milestoneId, milestone.version(), caller.subject(), as, clock.instant())) {
            throw ApiProblem.conflict("concurrent-change", "Milestone changed meanwhile",
                    "Someone changed this milestone at the same time. Fetch the plan again and retry.");
        }
        return plans.plan(participant.id(), today());
    }

    /** Every milestone past due and not signed off is announced, once each. Returns how many. */
    @Transactional
    public int announceOverdue() {
        Instant now = clock.instant();
        int announced = 0;
        for (PlanRepository.MilestoneRow milestone : plans.newlyOverdue(today())) {
            Participant participant = participants.byId(milestone.participantId());
            plans.markOverduePublished(milestone.id(), now);
            events.publishEvent(new MilestoneOverdue(UUID.randomUUID(), participant.id(), participant.cohortId(), milestone.id(),
                    milestone.dueOn(), milestone.version() + 1, now));
            announced++;
        }
        return announced;
    }

    public List<Map<String, Object>> overdueOfCohort(UUID cohortId, Caller caller) {
        participants.ofCohort(cohortId, caller); // the programme team's view
        return plans.overdueOfCohort(cohortId, today());
    }

    /** How many of the participant's milestones are signed off, of how many. */
    public int[] signedOffOfAll(UUID participantId) {
        return plans.signedOffOfAll(participantId);
    }

    /** Erasure: the plan's words go (objectives, milestones, evidence); its shape and sign-offs stay for the counts. */
    @Transactional
    public void erase(List<UUID> applicationIds) {
        if (!applicationIds.isEmpty()) {
            plans.erase(applicationIds);
        }
    }

    /** The participant, if the caller is their matched coach or may otherwise see the plan; else not found. */
    private Participant readable(UUID participantId, Caller caller) {
        return coaching.isCoachOf(participantId, caller) ? participants.byId(participantId)
                : participants.getForPlan(participantId, caller);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), UK);
    }
}
