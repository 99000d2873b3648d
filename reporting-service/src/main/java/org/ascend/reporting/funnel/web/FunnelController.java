package org.ascend.reporting.funnel.web;

import java.util.UUID;

import org.ascend.reporting.funnel.Funnel;
import org.ascend.reporting.funnel.FunnelService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FunnelController {

    private final FunnelService funnel;

    FunnelController(FunnelService funnel) {
        this.funnel = funnel;
    }

    @GetMapping("/api/reporting/intakes/{intakeId}/funnel")
    Funnel funnel(@PathVariable UUID intakeId) {
        return funnel.of(intakeId);
    }
}
