package org.ascend.reporting.funnel;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ascend.platform.problem.ApiProblem;
import org.ascend.reporting.IntakeFiguresChanged;
import org.ascend.reporting.reliability.ReliabilityRollUp;
import org.ascend.reporting.funnel.events.ApplicantErased;
import org.ascend.reporting.funnel.events.ApplicationEndorsed;
import org.ascend.reporting.funnel.events.ApplicationScreened;
import org.ascend.reporting.funnel.events.ApplicationSubmitted;
import org.ascend.reporting.funnel.events.ApplicationWithdrawn;
import org.ascend.reporting.funnel.events.IntakeClosed;
import org.ascend.reporting.funnel.events.IntakeOpened;
import org.ascend.reporting.funnel.events.OfferMade;
import org.ascend.reporting.funnel.events.ParticipantCompleted;
import org.ascend.reporting.funnel.events.ParticipantEnrolled;
import org.ascend.reporting.funnel.events.ParticipantWithdrawn;
import org.ascend.reporting.funnel.events.StageOutcomeDecided;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** The funnel per intake (docs/reporting.md): each event sets what it knows about one application. */
@Service
public class FunnelService {

    /** Assessment stages after the sift, in order. */
    private static final List<String> LATER_STAGES = List.of("ASSESSMENT_CENTRE", "INTERVIEW");

    private final FunnelRepository funnel;
    private final ApplicationEventPublisher changes;

    private final ReliabilityRollUp reliability;

    FunnelService(FunnelRepository funnel, ApplicationEventPublisher changes, ReliabilityRollUp reliability) {
        this.funnel = funnel;
        this.changes = changes;
        this.reliability = reliability;
    }

    public void on(IntakeOpened event, long version) {
        funnel.intakeState(event.intakeId(), event.schemeId(), event.places(), event.opensAt(), "OPEN", version);
        changes.publishEvent(new IntakeFiguresChanged(event.intakeId()));
    }

    public void on(IntakeClosed event, long version) {
        funnel.intakeState(event.intakeId(), event.schemeId(), null, null, "CLOSED", version);
        changes.publishEvent(new IntakeFiguresChanged(event.intakeId()));
    }

    public void on(ApplicationSubmitted event) {
        funnel.applied(event.applicationId(), event.intakeId(), event.regionCode(), event.submittedAt());
        changes.publishEvent(new IntakeFiguresChanged(event.intakeId()));
    }

    public void on(ApplicationScreened event) {
        funnel.set(event.applicationId(), event.intakeId(), "eligible", event.eligible());
        changes.publishEvent(new IntakeFiguresChanged(event.intakeId()));
    }

    public void on(ApplicationEndorsed event) {
        funnel.set(event.applicationId(), event.intakeId(), "endorsed", "ENDORSED".equals(event.decision()));
        changes.publishEvent(new IntakeFiguresChanged(event.intakeId()));
    }

    public void on(ApplicationWithdrawn event) {
        funnel.set(event.applicationId(), event.intakeId(), "withdrawn", true);
        changes.publishEvent(new IntakeFiguresChanged(event.intakeId()));
    }

    public void on(ApplicantErased event) {
        funnel.erased(event.applicationIds());
    }

    public void on(StageOutcomeDecided event) {
        funnel.decided(event.applicationId(), event.intakeId(), event.stage(), "PROGRESS".equals(event.decision()),
                event.finalScore());
        changes.publishEvent(new IntakeFiguresChanged(event.intakeId()));
    }

    public void on(OfferMade event) {
        funnel.set(event.applicationId(), event.intakeId(), "offered", true);
        changes.publishEvent(new IntakeFiguresChanged(event.intakeId()));
    }

    public void on(ParticipantEnrolled event) {
        funnel.set(event.applicationId(), event.intakeId(), "enrolled", true);
        funnel.inCohort(event.applicationId(), event.intakeId(), event.cohortId(), null);
        funnel.participant(event.applicationId(), event.intakeId(), event.participantId());
        changes.publishEvent(new IntakeFiguresChanged(event.intakeId()));
    }

    public void on(ParticipantCompleted event) {
        funnel.set(event.applicationId(), event.intakeId(), "completed", true);
        funnel.inCohort(event.applicationId(), event.intakeId(), event.cohortId(), null);
        funnel.completedAt(event.applicationId(), event.intakeId(), event.occurredAt());
        changes.publishEvent(new IntakeFiguresChanged(event.intakeId()));
    }

    public void on(ParticipantWithdrawn event) {
        funnel.set(event.applicationId(), event.intakeId(), "left_programme", true);
        funnel.inCohort(event.applicationId(), event.intakeId(), event.cohortId(),
                event.reasonCategory() == null ? "NOT_RECORDED" : event.reasonCategory());
        changes.publishEvent(new IntakeFiguresChanged(event.intakeId()));
    }

    public Funnel of(UUID intakeId) {
        var intake = funnel.intake(intakeId);
        var counts = funnel.counts(List.of(intakeId));
        if (intake.isEmpty() && counts.applied() == 0) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "No report for this intake yet",
                    "Reporting has seen no events for intake " + intakeId
                            + ". Check the id; a newly opened intake appears within seconds.");
        }
        return new Funnel(intakeId, intake.map(FunnelRepository.IntakeRow::places).orElse(null),
                intake.map(FunnelRepository.IntakeRow::status).orElse("UNKNOWN"), stages(List.of(intakeId), counts),
                left(counts), reliability.of(intakeId));
    }

    /** Intakes, optionally of one scheme and opened in one calendar year (UK time), newest first. */
    public List<IntakeSummary> intakes(UUID schemeId, Integer year) {
        return funnel.intakes(schemeId, year);
    }

    /** What reporting knows of one intake: its scheme, year, status and places. */
    public java.util.Optional<IntakeSummary> summary(UUID intakeId) {
        return funnel.summary(intakeId);
    }

    /** A scheme's funnel: its intakes' stages added up, optionally for the intakes opened in one year. */
    public SchemeFunnel ofScheme(UUID schemeId, Integer year) {
        List<UUID> intakeIds = funnel.intakes(schemeId, year).stream().map(IntakeSummary::intakeId).toList();
        if (intakeIds.isEmpty()) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "No intakes for this scheme" + (year == null ? "" : " in " + year),
                    "Reporting has seen no intake of scheme " + schemeId + (year == null ? "" : " opened in " + year)
                            + ". Check the id and year; GET /api/reporting/intakes?scheme=" + schemeId + " lists its intakes.");
        }
        var counts = funnel.counts(intakeIds);
        return new SchemeFunnel(schemeId, year, intakeIds, stages(intakeIds, counts), left(counts));
    }

    private static Funnel.Left left(FunnelRepository.Counts counts) {
        return new Funnel.Left(counts.withdrawn(), counts.ineligible(), counts.erased(), counts.leftProgramme());
    }

    private List<Funnel.Stage> stages(List<UUID> intakeIds, FunnelRepository.Counts counts) {
        List<Funnel.Stage> stages = new ArrayList<>(List.of(
                new Funnel.Stage("applied", counts.applied(), "applications submitted, withdrawn and erased ones included"),
                new Funnel.Stage("eligible", counts.eligible(), "found eligible at screening"),
                new Funnel.Stage("endorsed", counts.endorsed(), "endorsed by their sponsor"),
                new Funnel.Stage("shortlisted", funnel.progressedAt(intakeIds, "SIFT"), "progressed at the sift")));
        for (String stage : LATER_STAGES) {
            long assessed = funnel.decidedAt(intakeIds, stage);
            if (assessed > 0) {
                String name = stage.toLowerCase().replace('_', '-');
                stages.add(new Funnel.Stage("assessed-" + name, assessed, "decided at the " + name.replace('-', ' ')));
                stages.add(new Funnel.Stage("progressed-" + name, funnel.progressedAt(intakeIds, stage),
                        "progressed at the " + name.replace('-', ' ')));
            }
        }
        stages.add(new Funnel.Stage("offered", counts.offered(), "offered a place, from the waiting list too"));
        stages.add(new Funnel.Stage("enrolled", counts.enrolled(), "accepted and enrolled as participants"));
        stages.add(new Funnel.Stage("completed", counts.completed(), "completed the programme"));
        stages.add(new Funnel.Stage("progressed", null, "in a senior role afterwards: measured once careers are tracked"));
        return stages;
    }
}
