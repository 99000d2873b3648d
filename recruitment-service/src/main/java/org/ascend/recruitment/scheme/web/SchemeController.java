package org.ascend.recruitment.scheme.web;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ascend.platform.problem.ApiProblem;
import org.ascend.recruitment.scheme.Scheme;
import org.ascend.recruitment.scheme.SchemeRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/recruitment/schemes")
class SchemeController {

    record NewScheme(@NotBlank @Size(max = 200) String name, @Size(max = 4000) String description,
            @NotNull @Min(1) @Max(500) Integer targetCohortSize) {
    }

    private final SchemeRepository schemes;

    SchemeController(SchemeRepository schemes) {
        this.schemes = schemes;
    }

    @PostMapping
    @PreAuthorize("hasRole('programme-manager')")
    @Transactional
    ResponseEntity<Scheme> create(@Valid @RequestBody NewScheme request) {
        var scheme = new Scheme(UUID.randomUUID(), request.name().strip(), request.description(),
                request.targetCohortSize(), Instant.now());
        schemes.insert(scheme);
        return ResponseEntity.created(URI.create("/api/recruitment/schemes/" + scheme.id())).body(scheme);
    }

    @GetMapping("/{id}")
    Scheme get(@PathVariable UUID id) {
        return schemes.find(id).orElseThrow(() -> ApiProblem.notFound("Scheme", id));
    }
}
