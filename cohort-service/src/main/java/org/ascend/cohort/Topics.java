package org.ascend.cohort;

/**
 * The Kafka topics cohort-service writes or reads, named once (docs/events.md: one topic per aggregate, versioned).
 */
public final class Topics {

    /** Intake lifecycle (recruitment). Key: intake id. */
    public static final String INTAKE = "ascend.recruitment.intake.v1";

    private Topics() {
    }
}
