package org.ascend.cohort.career;

/** Kinds of employing organisation, as the NHS ODS classifies them (broadly); the same words recruitment uses. */
public enum OrganisationType {
    ACUTE_TRUST, MENTAL_HEALTH_TRUST, COMMUNITY_TRUST, AMBULANCE_TRUST, INTEGRATED_CARE_BOARD, PRIMARY_CARE,
    NHS_ENGLAND, ARMS_LENGTH_BODY, OTHER
}
