package org.ascend.cohort;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ascend.platform.test.CloudEventRecords;
import org.ascend.platform.test.Http;
import org.ascend.platform.test.TestIdentity;
import org.ascend.platform.test.TestInfrastructure;
import org.ascend.platform.test.TopicProbe;
import org.awaitility.Awaitility;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What other services would have told cohort, sent as their events on their topics (intake opened, stage outcomes
 * decided, offerees identified), and the calls the tests share.
 */
final class CohortTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CohortTestSupport() {
    }

    /** An intake recruitment opened with this many places, once cohort knows it. */
    static String openIntake(Http programmeManager, int places) {
        String intakeId = UUID.randomUUID().toString();
        send(Topics.INTAKE, intakeId, "org.ascend.recruitment.intake-opened.v1",
                Map.of("intakeId", intakeId, "schemeId", UUID.randomUUID().toString(), "places", places));
        Awaitility.await("intake " + intakeId + " known").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> programmeManager.get("/api/cohorts/intakes/" + intakeId).status() == 200);
        return intakeId;
    }

    /** A national cohort of the intake, planned, with the given capacity (null: the intake's places). */
    static String createCohort(Http programmeManager, String intakeId, Integer capacity) {
        Map<String, Object> cohort = new LinkedHashMap<>();
        cohort.put("name", "Cohort " + UUID.randomUUID().toString().substring(0, 8));
        if (capacity != null) {
            cohort.put("capacity", capacity);
        }
        cohort.put("startsOn", LocalDate.now().plusMonths(2).toString());
        cohort.put("endsOn", LocalDate.now().plusMonths(14).toString());
        cohort.put("scope", Map.of("kind", "NATIONAL"));
        cohort.put("deliveryPartners", List.of("NHS Employers", "NHS Leadership Academy Executive Search"));
        var response = programmeManager.post("/api/cohorts/intakes/" + intakeId + "/cohorts", cohort);
        if (response.status() != 201) {
            throw new IllegalStateException("Creating a cohort failed: " + response.status() + " " + response.body());
        }
        return response.text("id");
    }

    /** Assessment decided this application at the stage, with this settled score. */
    static void decide(String intakeId, String applicationId, String stage, String decision, double score) {
        String caseId = UUID.randomUUID().toString();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("eventId", UUID.randomUUID().toString());
        data.put("caseId", caseId);
        data.put("applicationId", applicationId);
        data.put("intakeId", intakeId);
        data.put("stage", stage);
        data.put("decision", decision);
        data.put("finalScore", BigDecimal.valueOf(score));
        data.put("tieBreak", false);
        data.put("aggregateVersion", 7);
        data.put("occurredAt", Instant.now().toString());
        send(Topics.CASE, caseId, "org.ascend.assessment.stage-outcome-decided.v1", data);
    }

    /** Recruitment said whose application this is. */
    static void identify(String applicationId, String subject) {
        send(Topics.OFFEREE, applicationId, "org.ascend.recruitment.offeree-identified.v1", Map.of(
                "eventId", UUID.randomUUID().toString(), "applicationId", applicationId,
                "offerId", UUID.randomUUID().toString(), "applicantSubject", subject, "aggregateVersion", 1,
                "occurredAt", Instant.now().toString()));
    }

    /**
     * {@code count} applications decided at the interview, best first; the last {@code failing} do not progress.
     * Returns once cohort knows every decision.
     */
    static List<String> decided(Http manager, String intakeId, int count, int failing) {
        List<String> applications = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String applicationId = UUID.randomUUID().toString();
            decide(intakeId, applicationId, "INTERVIEW", i < count - failing ? "PROGRESS" : "NOT_PROGRESS", count - i);
            applications.add(applicationId);
        }
        List<String> progressing = applications.subList(0, count - failing);
        Awaitility.await("cohort knows the interview's outcomes").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> manager.get("/api/cohorts/intakes/" + intakeId + "/rank-order?stage=INTERVIEW").body()
                        .path("progressing").findValuesAsString("applicationId"), progressing::equals);
        return applications;
    }

    /** An applicant recruitment has identified as the owner of the application. */
    static Http applicantOf(Http anonymous, String applicationId) {
        String subject = "applicant-" + UUID.randomUUID();
        identify(applicationId, subject);
        return anonymous.withToken(TestIdentity.token("applicant", claims -> claims.subject(subject)));
    }

    static String awaitOwnOffer(Http applicant, String applicationId) {
        JsonNode offers = Awaitility.await("the applicant sees their offer").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200)).until(() -> applicant.get("/api/cohorts/me/offers").body(),
                        body -> body.findValuesAsString("applicationId").contains(applicationId));
        return offers.get(0).path("id").asString();
    }

    /** An intake's cohort (capacity = places) with its offers made from an interview where {@code count} progressed. */
    record Offered(String intakeId, String cohortId, List<String> applications) {
    }

    static Offered offersMade(Http manager, int places, int count, int failing) {
        String intakeId = openIntake(manager, places);
        List<String> applications = decided(manager, intakeId, count, failing);
        String cohortId = createCohort(manager, intakeId, null);
        var generated = manager.post("/api/cohorts/cohorts/" + cohortId + "/offers", Map.of("respondWithinDays", 7));
        if (generated.status() != 200) {
            throw new IllegalStateException("Making offers failed: " + generated.status() + " " + generated.body());
        }
        return new Offered(intakeId, cohortId, applications);
    }

    /** A participant as their own applicant sees them. */
    record EnrolledParticipant(String id, String applicationId, Http applicant) {
    }

    record Enrolled(String cohortId, List<EnrolledParticipant> participants) {
    }

    /**
     * A cohort whose offers were all accepted, one participant per organisation given (in rank order), with the
     * contact details recruitment released.
     */
    static Enrolled enrolled(Http manager, Http anonymous, List<String> organisations) {
        Offered offered = offersMade(manager, organisations.size(), organisations.size(), 0);
        List<EnrolledParticipant> participants = new ArrayList<>();
        for (int i = 0; i < organisations.size(); i++) {
            String applicationId = offered.applications().get(i);
            Http applicant = applicantOf(anonymous, applicationId);
            String offerId = awaitOwnOffer(applicant, applicationId);
            var accepted = applicant.post("/api/cohorts/offers/" + offerId + "/accept", "");
            if (!"ACCEPTED".equals(accepted.text("status"))) {
                throw new IllegalStateException("Accepting failed: " + accepted.status() + " " + accepted.body());
            }
            releaseDetails(applicationId, organisations.get(i));
            String participantId = Awaitility.await("participant enrolled with details").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> applicant.get("/api/cohorts/me/participations").body(),
                            body -> body.size() == 1 && !body.get(0).path("contact").isNull())
                    .get(0).path("id").asString();
            participants.add(new EnrolledParticipant(participantId, applicationId, applicant));
        }
        return new Enrolled(offered.cohortId(), participants);
    }

    /** The programme team completes the participant (an override: the completion rules are another test's). */
    static void completed(Http manager, String participantId) {
        var completed = manager.post("/api/cohorts/participants/" + participantId + "/completion", Map.of("override", true,
                "reason", "Completed the programme: attendance kept by the delivery partner"));
        if (!"COMPLETED".equals(completed.text("status"))) {
            throw new IllegalStateException("Completing failed: " + completed.status() + " " + completed.body());
        }
    }

    /** The participant consents to career tracking for three years, sharing as given. */
    static void consented(EnrolledParticipant participant, boolean directory, boolean pool) {
        var given = participant.applicant().put("/api/cohorts/participants/" + participant.id() + "/career-consent", Map.of(
                "trackForYears", 3, "shareInAlumniDirectory", directory, "shareInTalentPool", pool));
        if (given.status() != 200) {
            throw new IllegalStateException("Consenting failed: " + given.status() + " " + given.body());
        }
    }

    /** Recruitment released the participant's contact details (as on acceptance). */
    static void releaseDetails(String applicationId, String organisationCode) {
        send(Topics.OFFEREE, applicationId, "org.ascend.recruitment.participant-details-released.v1", Map.ofEntries(
                Map.entry("eventId", UUID.randomUUID().toString()), Map.entry("applicationId", applicationId),
                Map.entry("offerId", UUID.randomUUID().toString()), Map.entry("givenName", "Sam"),
                Map.entry("familyName", "Patel"), Map.entry("email", "sam.patel@nhs.example"),
                Map.entry("organisationCode", organisationCode), Map.entry("currentRole", "Associate Director of People"),
                Map.entry("sponsorName", "Dr Helen Shaw"), Map.entry("sponsorEmail", "sponsor@demo.ascend.example"),
                Map.entry("aggregateVersion", 1), Map.entry("occurredAt", Instant.now().toString())));
    }

    /** Recruitment erased the applicant of this application (an erasure request). */
    static void erased(String applicationId) {
        send(Topics.APPLICANT, UUID.randomUUID().toString(), "org.ascend.recruitment.applicant-erased.v1", Map.of(
                "eventId", UUID.randomUUID().toString(), "erasureId", UUID.randomUUID().toString(),
                "applicationIds", List.of(applicationId), "reason", "ERASURE_REQUEST",
                "erasedAt", Instant.now().toString(), "aggregateVersion", 1, "occurredAt", Instant.now().toString()));
    }

    static void send(String topic, String key, String type, Map<String, Object> data) {
        TopicProbe.send(TestInfrastructure.kafka(), CloudEventRecords.binary(topic, key, type, JSON.writeValueAsBytes(data)));
    }
}
