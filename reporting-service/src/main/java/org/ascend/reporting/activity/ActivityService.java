package org.ascend.reporting.activity;

import java.util.List;

import org.ascend.platform.security.Caller;
import org.ascend.reporting.breakdown.ReportScope;
import org.springframework.stereotype.Service;

/** The summary of regional activity for the end-of-year report (docs/reporting.md, "Regional activity"). */
@Service
public class ActivityService {

    private final ActivityRepository activity;

    ActivityService(ActivityRepository activity) {
        this.activity = activity;
    }

    /** A regional lead sees their own region only (asking for another is a 403). */
    public RegionalActivity of(String financialYear, String region, Caller caller) {
        ReportScope scope = ReportScope.of(caller, region);
        List<RegionalActivity.Region> regions = activity.byRegion(financialYear, scope.region());
        ActivityRepository.Accumulator total = new ActivityRepository.Accumulator();
        regions.forEach(total::add);
        return new RegionalActivity(financialYear, scope.region(), regions, total.as(null));
    }
}
