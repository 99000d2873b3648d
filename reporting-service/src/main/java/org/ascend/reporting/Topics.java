package org.ascend.reporting;

/**
 * The Kafka topics reporting-service writes or reads, named once (docs/events.md: one topic per aggregate, versioned).
 */
public final class Topics {

    /** Application lifecycle (recruitment). Key: application id. */
    public static final String APPLICATION = "ascend.recruitment.application.v1";

    /** Assessment cases (assessment). Key: case id. */
    public static final String CASE = "ascend.assessment.case.v1";

    /** Stages' reliability figures, coalesced (assessment). Key: intakeId/stage. */
    public static final String RELIABILITY = "ascend.assessment.reliability.v1";

    /** Intake lifecycle (recruitment). Key: intake id. */
    public static final String INTAKE = "ascend.recruitment.intake.v1";

    /** Applicants as people: erasures (recruitment). Key: erasure id. */
    public static final String APPLICANT = "ascend.recruitment.applicant.v1";

    /** Offers and the waiting list (cohort). Key: offer id. */
    public static final String OFFER = "ascend.cohort.offer.v1";

    /** Participants: enrolled, deferred, withdrawn, completed (cohort). Key: participant id. */
    public static final String PARTICIPANT = "ascend.cohort.participant.v1";

    /** Career tracking with consent: consent, moves, check-ins (cohort). Key: participant id. */
    public static final String CAREER = "ascend.cohort.career.v1";
    /** Regional networks' events with attendance counts (cohort). Key: network event id. */
    public static final String NETWORK = "ascend.cohort.network.v1";
    /** Programme sessions held, with attendance counts (cohort). Key: session id. */
    public static final String SESSION = "ascend.cohort.session.v1";
    /** Generated reports, announced without personal data (reporting): public, for regional systems. Key: report id. */
    public static final String REPORT = "ascend.reporting.report.v1";
    /** Equality monitoring answers and objections (recruitment): restricted, this service is its only reader. */
    public static final String EQUALITY = "ascend.recruitment.equality.v1";

    /** Disclosure-controlled statistics per intake and region (reporting): public, for regional systems. Key: intakeId/region. */
    public static final String STATISTICS = "ascend.reporting.statistics.v1";

    private Topics() {
    }
}
