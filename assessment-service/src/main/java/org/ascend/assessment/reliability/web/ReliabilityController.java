package org.ascend.assessment.reliability.web;

import java.util.UUID;

import org.ascend.assessment.reliability.ReliabilityService;
import org.ascend.assessment.reliability.StageReliability;
import org.ascend.assessment.stage.Stage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Reliability of a stage's scoring, for the programme team (it names assessors, with their severity). */
@RestController
class ReliabilityController {

    private final ReliabilityService reliability;

    ReliabilityController(ReliabilityService reliability) {
        this.reliability = reliability;
    }

    /**
     * Inter-rater reliability of a stage. Krippendorff's alpha and ICC(2,1)/ICC(2,k) with intervals, per
     * criterion and for the weighted score, with their bands and each assessor's severity.
     */
    @GetMapping("/api/assessment/intakes/{intakeId}/stages/{stage}/reliability")
    @PreAuthorize("hasRole('programme-manager')")
    StageReliability of(@PathVariable UUID intakeId, @PathVariable Stage.Kind stage) {
        return reliability.of(intakeId, stage);
    }
}
