package org.ascend.e2e;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.ascend.platform.test.Http;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cohort issue's acceptance, through the gateway with tokens from the identity provider, as the people
 * themselves: five applicants are assessed, the top four pass; a cohort of two makes offers in rank order; one
 * decline and one expiry each promote the next on the waiting list; the two who accept are enrolled, attend
 * sessions, are matched to coaches and write plans; completion is refused naming the unmet rule, then allowed; the
 * completed participant's career follows ({@link CareerJourney}).
 */
@ExtendWith(LocalPlatform.Running.class)
class CohortJourneyTest {

    private static final Http gateway = new Http(LocalPlatform.GATEWAY);
    private static final List<String> ORGANISATIONS = List.of("RJ1", "RR8", "RWE", "RQ3", "RTH");

    private final Http manager = gateway.withToken(LocalPlatform.token("programme-manager"));
    /** Applicants in the order they will rank (the assessors score them 5, 4, 3, 2, 1). */
    private final List<Http> applicants = new ArrayList<>();
    private final List<String> applications = new ArrayList<>();

    @Test
    void fromTheAssessmentOutcomeToACompletedParticipant() throws Exception {
        String intakeId = intakeWithFiveApplicants();
        assessedWithTheTopFourPassing(intakeId);

        // 2. Offers up to capacity (2), in rank order; ranks 3 and 4 wait.
        String cohortId = manager.post("/api/cohorts/intakes/" + intakeId + "/cohorts", Map.of("name", "Journey cohort",
                "capacity", 2, "startsOn", LocalDate.now().minusDays(30).toString(),
                "endsOn", LocalDate.now().plusMonths(11).toString(), "scope", Map.of("kind", "NATIONAL"),
                "deliveryPartners", List.of("NHS Employers"))).text("id");
        Awaitility.await("the outcome reaches cohort").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> manager.get("/api/cohorts/intakes/" + intakeId + "/rank-order").body().path("progressing").size() == 4);
        var generated = manager.post("/api/cohorts/cohorts/" + cohortId + "/offers", Map.of("respondWithinDays", 14));
        assertThat(generated.status()).as(generated.body().toString()).isEqualTo(200);
        assertThat(places(cohortId)).containsEntry("offered", 2).containsEntry("waiting", 2).containsEntry("free", 0);
        String first = ownOffer(0);
        String second = ownOffer(1);

        // 3. One decline, one expiry: each offers the place to the next on the waiting list at once.
        assertThat(applicants.get(0).post("/api/cohorts/offers/" + first + "/decline",
                Map.of("reason", "NOT_A_REASON")).status()).as("reasons come from a fixed list").isEqualTo(400);
        var declined = applicants.get(0).post("/api/cohorts/offers/" + first + "/decline",
                Map.of("reason", "WORKLOAD", "note", "A restructure at work this year"));
        assertThat(declined.text("status")).as(declined.body().toString()).isEqualTo("DECLINED");
        String third = ownOffer(2);
        deadlinePasses(second);
        Awaitility.await("the expiry job expires the offer and promotes rank 4").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> applicants.get(3).get("/api/cohorts/me/offers").body().size() == 1);
        assertThat(applicants.get(1).get("/api/cohorts/me/offers").body().get(0).path("status").asString()).isEqualTo("EXPIRED");
        String fourth = ownOffer(3);
        assertThat(applicants.get(1).post("/api/cohorts/offers/" + second + "/accept", "").status())
                .as("an expired offer cannot be accepted").isEqualTo(409);

        // 4. Acceptances, enrolment with the details recruitment releases, sessions and attendance.
        assertThat(applicants.get(2).post("/api/cohorts/offers/" + third + "/accept", "").text("status")).isEqualTo("ACCEPTED");
        assertThat(applicants.get(3).post("/api/cohorts/offers/" + fourth + "/accept", "").text("status")).isEqualTo("ACCEPTED");
        assertThat(places(cohortId)).containsEntry("accepted", 2).containsEntry("offered", 0).containsEntry("free", 0);
        String annie = participantWithDetails(applicants.get(2));
        String ben = participantWithDetails(applicants.get(3));
        assertThat(manager.get("/api/cohorts/cohorts/" + cohortId + "/participants").body().findValuesAsString("id"))
                .containsExactlyInAnyOrder(annie, ben);
        for (int week = 3; week >= 2; week--) {
            var session = manager.post("/api/cohorts/cohorts/" + cohortId + "/sessions", Map.of("kind", "MODULE",
                    "title", "Module " + (4 - week), "startsAt", Instant.now().minus(week * 7L, ChronoUnit.DAYS).toString(),
                    "durationMinutes", 360, "place", "Leeds", "facilitator", "NHS Leadership Academy"));
            assertThat(session.status()).as(session.body().toString()).isEqualTo(201);
            var attendance = manager.put("/api/cohorts/sessions/" + session.text("id") + "/attendance", Map.of("records", List.of(
                    Map.of("participantId", annie, "status", "ATTENDED"),
                    Map.of("participantId", ben, "status", week == 3 ? "ATTENDED" : "APOLOGIES"))));
            assertThat(attendance.status()).as(attendance.body().toString()).isEqualTo(200);
        }
        assertThat(applicants.get(2).get("/api/cohorts/cohorts/" + cohortId + "/sessions").body()).as("participants see sessions")
                .hasSize(2);

        // 5. Coach matching: each participant ranks a coach; the demo coach signs in and sees only Annie.
        String demoCoach = coach("Dr Femi Adeyemi", "RYJ", "coach@demo.ascend.example");
        String otherCoach = coach("Lena Ortiz", "RX6", null);
        applicants.get(2).put("/api/cohorts/participants/" + annie + "/coaching-preferences", Map.of("coachIds", List.of(demoCoach)));
        applicants.get(3).put("/api/cohorts/participants/" + ben + "/coaching-preferences", Map.of("coachIds", List.of(otherCoach)));
        JsonNode matched = manager.post("/api/cohorts/cohorts/" + cohortId + "/coaching/match", "").body();
        assertThat(matched.path("made")).hasSize(2).allSatisfy(pair -> assertThat(pair.path("reason").asString()).isNotBlank());
        Http coach = gateway.withToken(LocalPlatform.token("coach"));
        assertThat(coach.get("/api/cohorts/me/coachees").body().findValuesAsString("participantId")).contains(annie)
                .doesNotContain(ben);

        // 6. A plan with milestones, written by the participant.
        JsonNode plan = applicants.get(2).post("/api/cohorts/participants/" + annie + "/plan/objectives", Map.of(
                "title", "Lead workforce planning across the system", "milestones", List.of(
                        Map.of("title", "Present the plan to the ICS board", "dueOn", LocalDate.now().plusDays(30).toString())))).body();
        String milestone = plan.path("objectives").get(0).path("milestones").get(0).path("id").asString();

        // 7. Completion refused, naming the rule not met; allowed once the coach signs the milestone off.
        var refused = manager.post("/api/cohorts/participants/" + annie + "/completion", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().path("detail").asString()).contains("milestone").doesNotContain("attendance of at least");
        assertThat(coach.get("/api/cohorts/participants/" + ben + "/plan").status()).as("not the coach's participant").isEqualTo(404);
        assertThat(coach.post("/api/cohorts/milestones/" + milestone + "/sign-off", "").body()
                .findValuesAsString("signedOffAs")).containsExactly("COACH");
        var completed = manager.post("/api/cohorts/participants/" + annie + "/completion", Map.of());
        assertThat(completed.status()).as(completed.body().toString()).isEqualTo(200);
        assertThat(completed.text("status")).isEqualTo("COMPLETED");
        var benRefused = manager.post("/api/cohorts/participants/" + ben + "/completion", Map.of());
        assertThat(benRefused.status()).isEqualTo(409);
        assertThat(benRefused.body().path("detail").asString()).as("50 % attendance is below the 80 % rule").contains("attend");

        // 8. After the programme: Annie's career, with her consent (the careers issue).
        CareerJourney.afterCompletion(gateway, manager, applicants.get(2), annie, cohortId);
    }

    /** 1. A scheme and an intake; five applicants apply, each from their own organisation. */
    private String intakeWithFiveApplicants() {
        String schemeId = manager.post("/api/recruitment/schemes", Map.of("name", "Journey scheme " + UUID.randomUUID(),
                "ownerBody", "NHS Employers", "targetCohortSize", 2)).text("id");
        Instant now = Instant.now();
        String intakeId = manager.post("/api/recruitment/schemes/" + schemeId + "/intakes", Map.of("name", "Journey intake",
                "places", 2, "opensAt", now.minus(1, ChronoUnit.MINUTES).toString(),
                "closesAt", now.plus(30, ChronoUnit.DAYS).toString())).text("id");
        assertThat(manager.post("/api/recruitment/intakes/" + intakeId + "/open", "").status()).isEqualTo(200);
        int base = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_990);
        for (int i = 0; i < 5; i++) {
            Http applicant = gateway.withToken(LocalPlatform.token("bench-applicant-" + (base + i)));
            var submitted = applicant.post("/api/recruitment/intakes/" + intakeId + "/applications", Map.ofEntries(
                    Map.entry("applicantEmail", "journey" + i + "@nhs.example"), Map.entry("givenName", List.of("Ola", "Bea", "Annie", "Ben", "Cy").get(i)),
                    Map.entry("familyName", "Journey"), Map.entry("regionCode", "Y63"), Map.entry("band", "8c"),
                    Map.entry("organisationCode", ORGANISATIONS.get(i)), Map.entry("organisationType", "ACUTE_TRUST"),
                    Map.entry("profession", "HR_AND_ORGANISATIONAL_DEVELOPMENT"), Map.entry("currentRole", "Deputy Director of People")));
            assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(201);
            applicants.add(applicant);
            applications.add(submitted.text("id"));
        }
        return intakeId;
    }

    /** The sift, for real: two assessors score rank i with 5 - i; the top four progress. */
    private void assessedWithTheTopFourPassing(String intakeId) {
        JsonNode ranked = SiftThroughTheGateway.sift(gateway, manager, intakeId, applications, 5,
                application -> 5 - applications.indexOf(application), application -> applications.indexOf(application) < 4);
        for (JsonNode entry : ranked) {
            assertThat(entry.path("rank").asInt()).isEqualTo(applications.indexOf(entry.path("applicationId").asString()) + 1);
        }
    }

    private Map<String, Integer> places(String cohortId) {
        JsonNode places = manager.get("/api/cohorts/cohorts/" + cohortId + "/places").body();
        Map<String, Integer> counts = new HashMap<>();
        places.properties().forEach(field -> {
            if (field.getValue().isInt()) {
                counts.put(field.getKey(), field.getValue().asInt());
            }
        });
        return counts;
    }

    /** The offer to the applicant of this rank, once recruitment has said whose it is (restricted topic). */
    private String ownOffer(int rank) {
        JsonNode offers = Awaitility.await("rank " + (rank + 1) + " sees their offer").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> applicants.get(rank).get("/api/cohorts/me/offers").body(), body -> body.size() == 1);
        assertThat(offers.get(0).path("rank").asInt()).isEqualTo(rank + 1);
        assertThat(offers.get(0).path("status").asString()).isEqualTo("OFFERED");
        return offers.get(0).path("id").asString();
    }

    /**
     * Time passes: the offer's deadline is moved into the past in cohort's database, as waiting 14 days would; the
     * running service's expiry job (every minute) must notice it by itself.
     */
    private static void deadlinePasses(String offerId) throws SQLException {
        try (var db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:15432/cohort", "ascend", "ascend");
                var update = db.prepareStatement("UPDATE offer SET respond_by = now() - interval '1 minute' WHERE id = ?")) {
            update.setObject(1, UUID.fromString(offerId));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static String participantWithDetails(Http applicant) {
        return Awaitility.await("enrolled, with the details recruitment released").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> applicant.get("/api/cohorts/me/participations").body(),
                        body -> body.size() == 1 && !body.get(0).path("contact").isNull())
                .get(0).path("id").asString();
    }

    private String coach(String name, String organisation, String email) {
        Map<String, Object> body = new HashMap<>(Map.of("displayName", name, "organisationCode", organisation, "regionCode", "Y56",
                "capacity", 3, "specialisms", List.of("board")));
        if (email != null) {
            body.put("email", email);
        }
        var added = manager.post("/api/cohorts/coaches", body);
        assertThat(added.status()).as(added.body().toString()).isEqualTo(201);
        return added.text("id");
    }
}
