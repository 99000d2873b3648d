package org.ascend.recruitment.intake;

/** Lifecycle of a recruitment round. */
public enum IntakeStatus {
    DRAFT, OPEN, CLOSED
}
