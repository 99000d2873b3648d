package org.ascend.recruitment;

/**
 * The Kafka topics recruitment-service writes or reads, named once (docs/events.md: one topic per aggregate, versioned).
 */
public final class Topics {

    /** Erasures and expired retention (recruitment): every service forgets the listed applications. Key: erasure id. */
    public static final String APPLICANT = "ascend.recruitment.applicant.v1";

    /** Application lifecycle (recruitment). Key: application id. */
    public static final String APPLICATION = "ascend.recruitment.application.v1";

    /** RESTRICTED: applicants' employers, read by assessment alone, for conflict-of-interest checks. Key: application id. */
    public static final String CONFLICT = "ascend.recruitment.conflict.v1";

    /** RESTRICTED: equality monitoring, read by reporting alone (docs/adr/0010-restricted-topics.md). Key: application id. */
    public static final String EQUALITY = "ascend.recruitment.equality.v1";

    /** Offers of cohort places (cohort): recruitment identifies each offeree to cohort. Key: offer id. */
    public static final String OFFER = "ascend.cohort.offer.v1";

    /**
     * RESTRICTED: who an offer is for (the applicant's sign-in subject), read by cohort alone, so the applicant can
     * answer it (docs/adr/0012). Key: application id.
     */
    public static final String OFFEREE = "ascend.recruitment.offeree.v1";

    /** Intake lifecycle (recruitment). Key: intake id. */
    public static final String INTAKE = "ascend.recruitment.intake.v1";

    private Topics() {
    }
}
