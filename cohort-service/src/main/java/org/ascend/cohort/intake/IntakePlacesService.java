package org.ascend.cohort.intake;

import java.util.UUID;

import org.ascend.cohort.intake.events.IntakeClosed;
import org.ascend.cohort.intake.events.IntakeOpened;
import org.ascend.platform.problem.ApiProblem;
import org.springframework.stereotype.Service;

@Service
public class IntakePlacesService {

    private final IntakePlacesRepository intakes;

    IntakePlacesService(IntakePlacesRepository intakes) {
        this.intakes = intakes;
    }

    public void opened(IntakeOpened event, long version) {
        intakes.upsertIfNewer(new IntakePlaces(event.intakeId(), event.schemeId(), event.places(), "OPEN", version));
    }

    public void closed(IntakeClosed event, long version) {
        intakes.closeIfNewer(event.intakeId(), version);
    }

    /** Whether recruitment told cohort of an intake of this scheme. */
    public boolean knowsScheme(UUID schemeId) {
        return intakes.knowsScheme(schemeId);
    }

    public IntakePlaces get(UUID intakeId) {
        return intakes.find(intakeId).orElseThrow(() -> ApiProblem.notFound("Intake", intakeId));
    }
}
