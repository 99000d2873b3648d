package org.ascend.platform.audit;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail of this service, for platform admins: {@code GET <api prefix>/audit}. */
@RestController
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    /**
     * Search this service's audit trail. Who read or changed personal or special-category data, what, when
     * and with what outcome; newest first, filtered by resource or actor.
     */
    @GetMapping("${ascend.api-prefix}/audit")
    @PreAuthorize("hasRole('platform-admin')")
    @Audited("audit.read")
    List<AuditRecord> find(@RequestParam(required = false) String resource, @RequestParam(required = false) String actor,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return trail.find(resource, actor, limit);
    }
}
