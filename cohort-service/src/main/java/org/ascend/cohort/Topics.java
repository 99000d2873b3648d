package org.ascend.cohort;

/**
 * The Kafka topics cohort-service writes or reads, named once (docs/events.md: one topic per aggregate, versioned).
 */
public final class Topics {

    /** Intake lifecycle (recruitment). Key: intake id. */
    public static final String INTAKE = "ascend.recruitment.intake.v1";
    /** Assessment cases (assessment): this service takes the stage outcomes. Key: case id. */
    public static final String CASE = "ascend.assessment.case.v1";
    /** RESTRICTED, read by this service alone: who each offer is for (recruitment). Key: application id. */
    public static final String OFFEREE = "ascend.recruitment.offeree.v1";
    /** Programme sessions held, with attendance counts (this service). Key: session id. */
    public static final String SESSION = "ascend.cohort.session.v1";
    /** Development plans (this service): overdue milestones. Key: participant id. */
    public static final String PLAN = "ascend.cohort.plan.v1";
    /** Participants (this service). Key: participant id. */
    public static final String PARTICIPANT = "ascend.cohort.participant.v1";
    /** Erasures and expired retention (recruitment): the listed applications' people are forgotten. Key: erasure id. */
    public static final String APPLICANT = "ascend.recruitment.applicant.v1";
    /** Offers and the waiting list (this service). Key: offer id. */
    public static final String OFFER = "ascend.cohort.offer.v1";
    /** Career tracking: consent, moves and check-ins, with consent only (no names, no free text). Key: participant id. */
    public static final String CAREER = "ascend.cohort.career.v1";

    /** Regional networks' events, with attendance counts by organisation type. Key: network event id. */
    public static final String NETWORK = "ascend.cohort.network.v1";

    private Topics() {
    }
}
