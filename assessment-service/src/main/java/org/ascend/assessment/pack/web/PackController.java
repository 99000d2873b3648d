package org.ascend.assessment.pack.web;

import java.util.UUID;

import org.ascend.assessment.pack.PackService;
import org.ascend.platform.audit.Audited;
import org.ascend.platform.problem.AlsoAnswers;
import org.ascend.platform.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** An assessor opens the anonymised pack of their own allocation. */
@RestController
class PackController {

    private final PackService packs;

    PackController(PackService packs) {
        this.packs = packs;
    }

    /**
     * Open the anonymised application pack of an allocation. No name, contact details, employer, age or
     * equality data; fetched from recruitment, and served from the last copy (marked stale) when recruitment
     * is down, or 503 when there is none.
     */
    @GetMapping("/api/assessment/allocations/{id}/pack")
    @PreAuthorize("hasAnyRole('assessor', 'moderator')")
    @Audited("pack.open")
    @AlsoAnswers({409, 503})
    PackService.PackView open(@PathVariable UUID id) {
        return packs.open(id, Caller.current());
    }
}
