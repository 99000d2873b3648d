package org.ascend.reporting.funnel;

import java.util.List;
import java.util.UUID;

import org.ascend.platform.problem.ApiProblem;
import org.ascend.reporting.funnel.events.ApplicationSubmitted;
import org.ascend.reporting.funnel.events.CaseOpened;
import org.ascend.reporting.funnel.events.IntakeClosed;
import org.ascend.reporting.funnel.events.IntakeOpened;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

@Service
public class FunnelService {

    private final FunnelRepository funnel;

    FunnelService(FunnelRepository funnel) {
        this.funnel = funnel;
    }

    public void on(IntakeOpened event, long version) {
        funnel.intakeState(event.intakeId(), event.places(), "OPEN", version);
    }

    public void on(IntakeClosed event, long version) {
        funnel.intakeState(event.intakeId(), null, "CLOSED", version);
    }

    public void on(ApplicationSubmitted event) {
        funnel.applied(event.applicationId(), event.intakeId(), event.regionCode(), event.submittedAt());
    }

    public void on(CaseOpened event) {
        funnel.inAssessment(event.applicationId(), event.intakeId(), event.caseId());
    }

    public Funnel of(UUID intakeId) {
        var intake = funnel.intake(intakeId);
        long applied = funnel.count("funnel_application", intakeId);
        if (intake.isEmpty() && applied == 0) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "No report for this intake yet",
                    "Reporting has seen no events for intake " + intakeId
                            + ". Check the id; a newly opened intake appears within seconds.");
        }
        return new Funnel(intakeId, intake.map(FunnelRepository.IntakeRow::places).orElse(null),
                intake.map(FunnelRepository.IntakeRow::status).orElse("UNKNOWN"),
                List.of(new Funnel.Stage("applied", applied),
                        new Funnel.Stage("in-assessment", funnel.count("funnel_assessment", intakeId))));
    }
}
