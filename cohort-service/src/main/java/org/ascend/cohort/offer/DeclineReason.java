package org.ascend.cohort.offer;

/** Why an applicant declines a place: a fixed list, so declines can be counted; any detail goes in a private note. */
public enum DeclineReason {
    ROLE_OR_JOB_CHANGE, PERSONAL_CIRCUMSTANCES, WORKLOAD, PROGRAMME_DATES, EMPLOYER_SUPPORT, OTHER_DEVELOPMENT, OTHER
}
