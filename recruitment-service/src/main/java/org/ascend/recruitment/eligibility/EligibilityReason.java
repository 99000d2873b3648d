package org.ascend.recruitment.eligibility;

/**
 * Why screening found an applicant ineligible: stable codes, published on the public application topic
 * (contracts/events/org.ascend.recruitment.application-screened.v1.schema.json lists every one).
 */
public enum EligibilityReason {
    BAND_BELOW_MINIMUM,
    BAND_ABOVE_MAXIMUM,
    REGION_NOT_COVERED,
    PROFESSION_NOT_ELIGIBLE,
    ORGANISATION_TYPE_NOT_ELIGIBLE,
    POSITIVE_ACTION_GROUP_NOT_CONFIRMED
}
