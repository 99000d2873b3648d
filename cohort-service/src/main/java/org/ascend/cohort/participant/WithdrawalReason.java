package org.ascend.cohort.participant;

/**
 * Why a participant left the programme, as a category that reporting may count (docs/reporting.md, cohort outcomes);
 * the words of the reason stay in this service, since they may say personal things.
 */
public enum WithdrawalReason {
    WORKLOAD,
    HEALTH,
    PERSONAL_CIRCUMSTANCES,
    ROLE_CHANGE,
    LEFT_THE_NHS,
    PROGRAMME_NOT_A_FIT,
    OTHER
}
