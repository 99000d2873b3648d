package org.ascend.reporting.breakdown;

import org.ascend.platform.problem.ApiProblem;
import org.ascend.platform.security.Caller;
import org.springframework.http.HttpStatus;

/**
 * Whose figures a caller may see, and how (docs/reporting.md): the programme team and platform admins see figures as
 * they are; an analyst national figures as they are and a region's disclosure-controlled; a regional lead only their
 * own region, disclosure-controlled.
 *
 * @param region the region the figures are for, or null for national
 * @param asTheyAre true when no disclosure control applies
 */
public record ReportScope(String region, boolean asTheyAre) {

    public static ReportScope of(Caller caller, String requestedRegion) {
        String region = requestedRegion;
        if (caller.has("regional-lead") && !caller.has("programme-manager") && !caller.has("platform-admin")) {
            if (caller.region() == null) {
                throw new ApiProblem(HttpStatus.FORBIDDEN, "no-region", "No region on your sign-in",
                        "Your access token names no region. Ask your administrator to set your region.");
            }
            if (region != null && !region.equals(caller.region())) {
                throw new ApiProblem(HttpStatus.FORBIDDEN, "other-region", "Not your region",
                        "A regional lead sees their own region (" + caller.region() + "). Leave out region, or ask for "
                                + caller.region() + ".");
            }
            region = caller.region();
        }
        return new ReportScope(region, caller.has("programme-manager") || caller.has("platform-admin") || region == null);
    }
}
