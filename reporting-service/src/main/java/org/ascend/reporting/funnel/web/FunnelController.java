package org.ascend.reporting.funnel.web;

import java.util.UUID;

import org.ascend.reporting.funnel.Funnel;
import org.ascend.reporting.funnel.FunnelService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FunnelController {

    private final FunnelService funnel;

    FunnelController(FunnelService funnel) {
        this.funnel = funnel;
    }

    /** National intake figures: programme team, analysts, admins. Regional views (disclosure-controlled) come later. */
    @GetMapping("/api/reporting/intakes/{intakeId}/funnel")
    @PreAuthorize("hasAnyRole('programme-manager', 'analyst', 'platform-admin')")
    Funnel funnel(@PathVariable UUID intakeId) {
        return funnel.of(intakeId);
    }
}
