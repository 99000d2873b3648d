package org.ascend.recruitment.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A scheme's eligibility rules (each optional) and the screening of an applicant against them. Reasons
 * are stable codes, so they can travel on public topics and be explained in any language.
 */
public record EligibilityRules(String minBand, String maxBand, Set<String> regions) {

    public static final String BAND_BELOW_MINIMUM = "BAND_BELOW_MINIMUM";
    public static final String BAND_ABOVE_MAXIMUM = "BAND_ABOVE_MAXIMUM";
    public static final String REGION_NOT_COVERED = "REGION_NOT_COVERED";

    public static EligibilityRules none() {
        return new EligibilityRules(null, null, Set.of());
    }

    public Screening screen(String band, String regionCode) {
        List<String> reasons = new ArrayList<>();
        if (minBand != null && Bands.rank(band) < Bands.rank(minBand)) {
            reasons.add(BAND_BELOW_MINIMUM);
        }
        if (maxBand != null && Bands.rank(band) > Bands.rank(maxBand)) {
            reasons.add(BAND_ABOVE_MAXIMUM);
        }
        if (!regions.isEmpty() && !regions.contains(regionCode)) {
            reasons.add(REGION_NOT_COVERED);
        }
        return new Screening(reasons.isEmpty(), List.copyOf(reasons));
    }

    public record Screening(boolean eligible, List<String> reasons) {
    }
}
