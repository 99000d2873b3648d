package org.ascend.assessment.stage.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ascend.assessment.stage.Stage;
import org.ascend.assessment.stage.StageService;
import org.ascend.platform.audit.Audited;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The programme team sets an intake's stages in order; each names the framework version it scores with. */
@RestController
@RequestMapping("/api/assessment/intakes/{intakeId}/stages")
class StageController {

    record StageBody(@NotNull Stage.Kind stage, @NotNull UUID frameworkId,
            @NotNull @Min(1) @Max(10) Integer assessorsPerApplication,
            @NotNull @DecimalMin("0") BigDecimal tolerance, @NotNull Stage.PassRule passRule, BigDecimal passValue) {
    }

    record Stages(@NotEmpty @Size(max = 3) List<@NotNull @Valid StageBody> stages) {

        @AssertTrue(message = "each kind of stage at most once")
        boolean isEachKindOnce() {
            return stages == null || stages.stream().anyMatch(s -> s == null || s.stage() == null)
                    || stages.stream().map(StageBody::stage).distinct().count() == stages.size();
        }
    }

    private final StageService stages;

    StageController(StageService stages) {
        this.stages = stages;
    }

    /**
     * Configure an intake's assessment stages. Framework, assessors per application (at least 2 at sift),
     * disagreement tolerance and pass rule per stage.
     */
    @PutMapping
    @PreAuthorize("hasRole('programme-manager')")
    @Audited("stages.configure")
    List<Stage> configure(@PathVariable UUID intakeId, @Valid @RequestBody Stages body) {
        return stages.configure(intakeId, body.stages().stream().map(s -> new StageService.Spec(s.stage(), s.frameworkId(),
                s.assessorsPerApplication(), s.tolerance(), s.passRule(), s.passValue())).toList());
    }

    /** Get an intake's assessment stages. */
    @GetMapping
    @PreAuthorize("hasAnyRole('programme-manager', 'moderator')")
    List<Stage> get(@PathVariable UUID intakeId) {
        return stages.ofIntake(intakeId);
    }
}
