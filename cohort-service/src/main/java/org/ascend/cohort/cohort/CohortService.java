package org.ascend.cohort.cohort;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ascend.cohort.intake.IntakePlaces;
import org.ascend.cohort.intake.IntakePlacesService;
import org.ascend.platform.problem.ApiProblem;
import org.ascend.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Cohorts of an intake and their lifecycle (docs/cohorts.md). */
@Service
public class CohortService {

    public record Spec(String name, Integer capacity, LocalDate startsOn, LocalDate endsOn, Scope scope,
            List<String> deliveryPartners) {
    }

    private final CohortRepository cohorts;
    private final IntakePlacesService intakes;
    private final Clock clock;

    CohortService(CohortRepository cohorts, IntakePlacesService intakes, Clock clock) {
        this.cohorts = cohorts;
        this.intakes = intakes;
        this.clock = clock;
    }

    /** A planned cohort of the intake; its capacity is the intake's places unless the programme team says otherwise. */
    @Transactional
    public Cohort create(UUID intakeId, Spec spec) {
        IntakePlaces intake = intakes.get(intakeId);
        Cohort cohort = new Cohort(UUID.randomUUID(), intakeId, intake.schemeId(), spec.name(),
                spec.capacity() == null ? intake.places() : spec.capacity(), spec.startsOn(), spec.endsOn(),
                CohortStatus.PLANNED, null, spec.scope(), spec.deliveryPartners() == null ? List.of() : spec.deliveryPartners(),
                clock.instant(), 1);
        cohorts.insert(cohort);
        return cohort;
    }

    /** The programme team sees every cohort; a regional lead those of their region (others look absent). */
    public Cohort get(UUID id, Caller caller) {
        return cohorts.find(id).filter(c -> visibleTo(c, caller)).orElseThrow(() -> ApiProblem.notFound("Cohort", id));
    }

    /** A cohort by id, for a caller another check has admitted (e.g. one of its participants). */
    public Cohort byId(UUID id) {
        return cohorts.find(id).orElseThrow(() -> ApiProblem.notFound("Cohort", id));
    }

    public List<Cohort> list(UUID intakeId, Caller caller) {
        if (caller.has("programme-manager")) {
            return cohorts.list(intakeId, null);
        }
        return caller.region() == null ? List.of() : cohorts.list(intakeId, caller.region());
    }

    @Transactional
    public Cohort changeStatus(UUID id, CohortStatus to, String cancelReason) {
        Cohort cohort = cohorts.lock(id).orElseThrow(() -> ApiProblem.notFound("Cohort", id));
        if (!cohort.status().mayBecome(to)) {
            throw ApiProblem.conflict("cohort-status", "Cohort cannot move on like that",
                    "This cohort is " + cohort.status().name().toLowerCase() + "; it cannot become " + to.name().toLowerCase()
                            + ". A cohort goes planned → running → completed, and may be cancelled before it completes.");
        }
        cohorts.changeStatus(id, cohort.status(), to, to == CohortStatus.CANCELLED ? cancelReason : null);
        return cohorts.find(id).orElseThrow();
    }

    /**
     * The cohort with its row locked until the caller's transaction ends, so changes to its places (offers,
     * acceptances, capacity) never overlap.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Cohort lock(UUID id) {
        return cohorts.lock(id).orElseThrow(() -> ApiProblem.notFound("Cohort", id));
    }

    /** Sets the capacity of a cohort the caller has locked; the places feature checks it against acceptances. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changeCapacity(UUID id, int capacity) {
        cohorts.changeCapacity(id, capacity);
    }

    private static boolean visibleTo(Cohort cohort, Caller caller) {
        return caller.has("programme-manager")
                || (caller.has("regional-lead") && caller.region() != null && caller.region().equals(cohort.scope().regionCode()));
    }
}
