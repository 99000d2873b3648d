package org.ascend.assessment;

/**
 * The Kafka topics assessment-service writes or reads, named once (docs/events.md: one topic per aggregate, versioned).
 */
public final class Topics {

    /** Erasures and expired retention (recruitment): every service forgets the listed applications. Key: erasure id. */
    public static final String APPLICANT = "ascend.recruitment.applicant.v1";

    /** Application lifecycle (recruitment). Key: application id. */
    public static final String APPLICATION = "ascend.recruitment.application.v1";

    /** Assessment cases (assessment). Key: case id. */
    public static final String CASE = "ascend.assessment.case.v1";

    /** Stages' reliability figures, coalesced (assessment): no assessor named. Key: intakeId/stage. */
    public static final String RELIABILITY = "ascend.assessment.reliability.v1";

    /** RESTRICTED: applicants' employers, read by assessment alone, for conflict-of-interest checks. Key: application id. */
    public static final String CONFLICT = "ascend.recruitment.conflict.v1";

    private Topics() {
    }
}
