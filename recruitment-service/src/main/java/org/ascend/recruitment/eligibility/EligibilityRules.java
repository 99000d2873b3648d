package org.ascend.recruitment.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A scheme's eligibility rules (each optional: empty means no restriction) and the screening of an
 * applicant against them. Reasons are stable codes, so they can travel on public topics and be
 * explained in any language.
 */
public record EligibilityRules(String minBand, String maxBand, Set<String> regions, Set<Profession> professions,
        Set<OrganisationType> organisationTypes) {

    public static final String BAND_BELOW_MINIMUM = "BAND_BELOW_MINIMUM";
    public static final String BAND_ABOVE_MAXIMUM = "BAND_ABOVE_MAXIMUM";
    public static final String REGION_NOT_COVERED = "REGION_NOT_COVERED";
    public static final String PROFESSION_NOT_ELIGIBLE = "PROFESSION_NOT_ELIGIBLE";
    public static final String ORGANISATION_TYPE_NOT_ELIGIBLE = "ORGANISATION_TYPE_NOT_ELIGIBLE";
    public static final String POSITIVE_ACTION_GROUP_NOT_CONFIRMED = "POSITIVE_ACTION_GROUP_NOT_CONFIRMED";

    public static EligibilityRules none() {
        return new EligibilityRules(null, null, Set.of(), Set.of(), Set.of());
    }

    /** What screening looks at: the applicant's profile, and for a targeted scheme their own confirmation. */
    public record Candidate(String band, String regionCode, Profession profession, OrganisationType organisationType,
            boolean confirmsTargetedGroup) {
    }

    public Screening screen(Candidate candidate, PositiveAction positiveAction) {
        List<String> reasons = new ArrayList<>();
        if (minBand != null && Bands.rank(candidate.band()) < Bands.rank(minBand)) {
            reasons.add(BAND_BELOW_MINIMUM);
        }
        if (maxBand != null && Bands.rank(candidate.band()) > Bands.rank(maxBand)) {
            reasons.add(BAND_ABOVE_MAXIMUM);
        }
        if (!regions.isEmpty() && !regions.contains(candidate.regionCode())) {
            reasons.add(REGION_NOT_COVERED);
        }
        if (!professions.isEmpty() && !professions.contains(candidate.profession())) {
            reasons.add(PROFESSION_NOT_ELIGIBLE);
        }
        if (!organisationTypes.isEmpty() && !organisationTypes.contains(candidate.organisationType())) {
            reasons.add(ORGANISATION_TYPE_NOT_ELIGIBLE);
        }
        if (positiveAction.targeted() && !candidate.confirmsTargetedGroup()) {
            reasons.add(POSITIVE_ACTION_GROUP_NOT_CONFIRMED);
        }
        return new Screening(reasons.isEmpty(), List.copyOf(reasons));
    }

    public record Screening(boolean eligible, List<String> reasons) {
    }
}
