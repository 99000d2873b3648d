package org.ascend.assessment.framework.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.ascend.assessment.framework.Framework;
import org.ascend.assessment.framework.FrameworkService;
import org.ascend.platform.audit.Audited;
import org.ascend.platform.problem.ApiProblem;
import org.ascend.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Frameworks are the programme team's to write; assessors and moderators read them to score against. */
@RestController
@RequestMapping("/api/assessment/frameworks")
class FrameworkController {

    private final FrameworkService frameworks;

    FrameworkController(FrameworkService frameworks) {
        this.frameworks = frameworks;
    }

    /**
     * Create an assessment framework. Criteria weighted to 100 percent, each point of the scale with a
     * behavioural anchor.
     */
    @PostMapping
    @PreAuthorize("hasRole('programme-manager')")
    @Audited("framework.create")
    @ResponseStatus(HttpStatus.CREATED) // also names the status in the API document
    ResponseEntity<Framework> create(@Valid @RequestBody FrameworkBody body) {
        if (body.name() == null || body.name().isBlank()) {
            throw ApiProblem.invalidFields(Map.of("name", "must not be blank"));
        }
        return created(frameworks.create(body.name().strip(), body.spec(), Caller.current().subject()));
    }

    /** Create a new version of a framework. The way to change a framework that a stage already uses. */
    @PostMapping("/{id}/versions")
    @PreAuthorize("hasRole('programme-manager')")
    @Audited("framework.version")
    @ResponseStatus(HttpStatus.CREATED) // also names the status in the API document
    ResponseEntity<Framework> newVersion(@PathVariable UUID id, @Valid @RequestBody FrameworkBody body) {
        return created(frameworks.newVersion(id, body.spec(), Caller.current().subject()));
    }

    /**
     * Revise a framework that no stage uses yet. Once a stage uses it, it is fixed: create a new version
     * instead (409).
     */
    @PutMapping("/{id}")
    @PreAuthorize("hasRole('programme-manager')")
    @Audited("framework.revise")
    Framework revise(@PathVariable UUID id, @Valid @RequestBody FrameworkBody body) {
        return frameworks.revise(id, body.spec());
    }

    /** List assessment frameworks, every version. */
    @GetMapping
    @PreAuthorize("hasAnyRole('programme-manager', 'assessor', 'moderator')")
    List<Framework> all() {
        return frameworks.all();
    }

    /** Get one framework version. */
    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('programme-manager', 'assessor', 'moderator')")
    Framework get(@PathVariable UUID id) {
        return frameworks.get(id);
    }

    private static ResponseEntity<Framework> created(Framework f) {
        return ResponseEntity.created(URI.create("/api/assessment/frameworks/" + f.id())).body(f);
    }
}
