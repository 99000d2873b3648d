package org.ascend.recruitment.intake;

/** Lifecycle of a recruitment round: draft → open → closed → archived. Questions are fixed once open. */
public enum IntakeStatus {
    DRAFT, OPEN, CLOSED, ARCHIVED
}
