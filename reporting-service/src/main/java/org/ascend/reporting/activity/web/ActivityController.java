package org.ascend.reporting.activity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.ascend.platform.security.Caller;
import org.ascend.reporting.activity.ActivityService;
import org.ascend.reporting.activity.RegionalActivity;
import org.ascend.reporting.web.RegionCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
class ActivityController {

    private final ActivityService activity;

    ActivityController(ActivityService activity) {
        this.activity = activity;
    }

    /**
     * Regional networks' activity in an NHS financial year (e.g. 2018/19): events by kind and attendance by
     * organisation type, per region and in total.
     */
    @GetMapping("/api/reporting/regional-activity")
    @PreAuthorize("hasAnyRole('programme-manager', 'analyst', 'platform-admin', 'regional-lead')")
    RegionalActivity activity(
            @RequestParam @NotBlank @Pattern(regexp = "[0-9]{4}/[0-9]{2}", message = "must be a financial year such as 2018/19")
            String financialYear,
            @RequestParam(required = false) @RegionCode String region) {
        return activity.of(financialYear, region, Caller.current());
    }
}
