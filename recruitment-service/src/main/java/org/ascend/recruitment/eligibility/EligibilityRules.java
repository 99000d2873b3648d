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


    public static EligibilityRules none() {
        return new EligibilityRules(null, null, Set.of(), Set.of(), Set.of());
    }

    /** What screening looks at: the applicant's profile, and for a targeted scheme their own confirmation. */
    public record Candidate(String band, String regionCode, Profession profession, OrganisationType organisationType,
            boolean confirmsTargetedGroup) {
    }

    public Screening screen(Candidate candidate, PositiveAction positiveAction) {
        List<EligibilityReason> reasons = new ArrayList<>();
        if (minBand != null && Bands.rank(candidate.band()) < Bands.rank(minBand)) {
            reasons.add(EligibilityReason.BAND_BELOW_MINIMUM);
        }
        if (maxBand != null && Bands.rank(candidate.band()) > Bands.rank(maxBand)) {
            reasons.add(EligibilityReason.BAND_ABOVE_MAXIMUM);
        }
        if (!regions.isEmpty() && !regions.contains(candidate.regionCode())) {
            reasons.add(EligibilityReason.REGION_NOT_COVERED);
        }
        if (!professions.isEmpty() && !professions.contains(candidate.profession())) {
            reasons.add(EligibilityReason.PROFESSION_NOT_ELIGIBLE);
        }
        if (!organisationTypes.isEmpty() && !organisationTypes.contains(candidate.organisationType())) {
            reasons.add(EligibilityReason.ORGANISATION_TYPE_NOT_ELIGIBLE);
        }
        if (positiveAction.targeted() && !candidate.confirmsTargetedGroup()) {
            reasons.add(EligibilityReason.POSITIVE_ACTION_GROUP_NOT_CONFIRMED);
        }
        return new Screening(reasons.isEmpty(), List.copyOf(reasons));
    }

    public record Screening(boolean eligible, List<EligibilityReason> reasons) {

        public List<String> codes() {
            return reasons.stream().map(EligibilityReason::name).toList();
        }
    }
}
