package org.ascend.cohort.intake.web;

import java.util.UUID;

import org.ascend.cohort.intake.IntakePlaces;
import org.ascend.cohort.intake.IntakePlacesService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class IntakePlacesController {

    private final IntakePlacesService intakes;

    IntakePlacesController(IntakePlacesService intakes) {
        this.intakes = intakes;
    }

    /** Get an intake's places as the cohort service knows them (from recruitment's intake events). */
    @GetMapping("/api/cohorts/intakes/{intakeId}")
    @PreAuthorize("hasRole('programme-manager')")
    IntakePlaces get(@PathVariable UUID intakeId) {
        return intakes.get(intakeId);
    }
}
