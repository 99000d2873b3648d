package org.ascend.recruitment.intake.web;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ascend.recruitment.intake.Intake;
import org.ascend.recruitment.intake.IntakeService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/recruitment")
class IntakeController {

    record NewIntake(@NotBlank @Size(max = 200) String name, @NotNull @Min(1) @Max(500) Integer places,
            @NotNull Instant opensAt, @NotNull Instant closesAt) {
    }

    private final IntakeService intakes;

    IntakeController(IntakeService intakes) {
        this.intakes = intakes;
    }

    @PostMapping("/schemes/{schemeId}/intakes")
    @PreAuthorize("hasRole('programme-manager')")
    ResponseEntity<Intake> create(@PathVariable UUID schemeId, @Valid @RequestBody NewIntake request) {
        Intake intake = intakes.create(schemeId, request.name().strip(), request.places(), request.opensAt(),
                request.closesAt());
        return ResponseEntity.created(URI.create("/api/recruitment/intakes/" + intake.id())).body(intake);
    }

    @GetMapping("/intakes/{id}")
    Intake get(@PathVariable UUID id) {
        return intakes.get(id);
    }

    @PostMapping("/intakes/{id}/open")
    @PreAuthorize("hasRole('programme-manager')")
    Intake open(@PathVariable UUID id) {
        return intakes.open(id);
    }

    @PostMapping("/intakes/{id}/close")
    @PreAuthorize("hasRole('programme-manager')")
    Intake close(@PathVariable UUID id) {
        return intakes.close(id);
    }
}
