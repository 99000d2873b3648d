package org.ascend.e2e;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.ascend.platform.test.Http;
import org.awaitility.Awaitility;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the console journeys start from, set up through the gateway's API as the people who do it: a scheme with an
 * open intake, and applicants (numbered bench applicants, a fresh person each) who have applied to it.
 */
final class ConsoleScenarios {

    private static final Http GATEWAY = new Http(LocalPlatform.GATEWAY);
    static final Http MANAGER = GATEWAY.withToken(LocalPlatform.token("programme-manager"));

    private ConsoleScenarios() {
    }

    /** A scheme open to band 8a and above, and an open intake of it with two questions and, if asked, a sponsor. */
    static String openIntake(String schemeName, boolean sponsorRequired) {
        var scheme = MANAGER.post("/api/recruitment/schemes", Map.of("name", schemeName, "ownerBody", "NHS England",
                "description", "A development programme for aspiring directors.", "targetCohortSize", 15,
                "eligibility", Map.of("minBand", "8a")));
        assertThat(scheme.status()).as(scheme.body().toString()).isEqualTo(201);
        Instant now = Instant.now();
        var intake = MANAGER.post("/api/recruitment/schemes/" + scheme.text("id") + "/intakes", Map.of("name", "2027 intake",
                "places", 15, "opensAt", now.minus(1, ChronoUnit.MINUTES).toString(),
                "closesAt", now.plus(30, ChronoUnit.DAYS).toString(), "sponsorRequired", sponsorRequired,
                "endorsementDeadline", now.plus(40, ChronoUnit.DAYS).toString(),
                "questions", List.of(
                        Map.of("id", "why", "text", "Why do you want to join this scheme?", "type", "FREE_TEXT",
                                "wordLimit", 300, "required", true),
                        Map.of("id", "led", "text", "Which of these have you led?", "type", "MULTIPLE_CHOICE",
                                "options", List.of("Workforce planning", "Culture change", "Organisational design"),
                                "required", false))));
        assertThat(intake.status()).as(intake.body().toString()).isEqualTo(201);
        String intakeId = intake.text("id");
        assertThat(MANAGER.post("/api/recruitment/intakes/" + intakeId + "/open", "").status()).isEqualTo(200);
        return intakeId;
    }

    /** A new applicant applies; {@code sponsor} (name and email) may be null. Returns the application's id. */
    static String apply(String intakeId, String givenName, String familyName, String organisation, Map<String, String> sponsor) {
        return apply("bench-applicant-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_990), intakeId, givenName, familyName,
                organisation, sponsor);
    }

    /** This user applies (a demo applicant who can sign in to the console, or a numbered one). */
    static String apply(String user, String intakeId, String givenName, String familyName, String organisation, Map<String, String> sponsor) {
        Http applicant = GATEWAY.withToken(LocalPlatform.token(user));
        var body = new java.util.HashMap<String, Object>(Map.ofEntries(
                Map.entry("applicantEmail", (givenName + "." + familyName + "@nhs.example").toLowerCase()),
                Map.entry("givenName", givenName), Map.entry("familyName", familyName), Map.entry("regionCode", "Y60"),
                Map.entry("band", "8b"), Map.entry("organisationCode", organisation), Map.entry("organisationType", "ACUTE_TRUST"),
                Map.entry("profession", "HR_AND_ORGANISATIONAL_DEVELOPMENT"), Map.entry("currentRole", "Head of People Services"),
                Map.entry("answers", Map.of("why", "I have led the workforce plan of a large acute trust through a merger."))));
        if (sponsor != null) {
            body.put("sponsor", sponsor);
        }
        var submitted = applicant.post("/api/recruitment/intakes/" + intakeId + "/applications", body);
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(201);
        return submitted.text("id");
    }

    /** Waits until assessment has opened a case for each application (it learns of them from recruitment's events). */
    static void casesOpened(String intakeId, int applications) {
        Awaitility.await("assessment opens a case per application").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> MANAGER.get("/api/assessment/cases?intakeId=" + intakeId).body().size() == applications);
    }

    /** A cohort of one place, running since a fortnight ago, and the participant who took the place. */
    record Enrolled(String intakeId, String cohortId, String participantId) {
    }

    /**
     * {@code user} (a demo applicant who can sign in) applies to a new scheme's intake, is sifted through, offered the
     * cohort's one place and accepts it, all through the API; returns once cohort has their contact details.
     */
    static Enrolled enrolled(String user, String schemeName, String cohortName, String givenName, String familyName) {
        String intakeId = openIntake(schemeName, false);
        String applicationId = apply(user, intakeId, givenName, familyName, "RJ1", null);
        SiftThroughTheGateway.sift(GATEWAY, MANAGER, intakeId, List.of(applicationId), 1, application -> 5, application -> true);
        Awaitility.await("cohort knows who progressed").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> MANAGER.get("/api/cohorts/intakes/" + intakeId + "/rank-order").body().findValuesAsString("applicationId"),
                        progressing -> progressing.contains(applicationId));
        LocalDate today = LocalDate.now();
        var created = MANAGER.post("/api/cohorts/intakes/" + intakeId + "/cohorts", Map.of("name", cohortName, "capacity", 1,
                "startsOn", today.minusDays(14).toString(), "endsOn", today.plusYears(1).toString(), "scope", Map.of("kind", "NATIONAL")));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String cohortId = created.text("id");
        var offers = MANAGER.post("/api/cohorts/cohorts/" + cohortId + "/offers", Map.of("respondWithinDays", 14));
        assertThat(offers.status()).as(offers.body().toString()).isEqualTo(200);
        String offerId = MANAGER.get("/api/cohorts/cohorts/" + cohortId + "/offers").body().get(0).path("id").asString();
        Http applicant = GATEWAY.withToken(LocalPlatform.token(user));
        Awaitility.await("recruitment has told cohort whose offer it is").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> applicant.get("/api/cohorts/me/offers").body().findValuesAsString("id").contains(offerId));
        assertThat(applicant.post("/api/cohorts/offers/" + offerId + "/accept", "").status()).isEqualTo(200);
        var participant = Awaitility.await("enrolled, with the details recruitment released").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> MANAGER.get("/api/cohorts/cohorts/" + cohortId + "/participants").body(),
                        body -> body.size() == 1 && !body.get(0).path("contact").isNull());
        return new Enrolled(intakeId, cohortId, participant.get(0).path("id").asString());
    }

    /**
     * An application whose sift needs moderation: its two assessors score 1 and 5, the independent third assessor
     * who joins scores 3, so the spread stays beyond the tolerance. The demo's moderator is in the pool but declares
     * a tie to the applicant's organisation, so they are never its assessor and may moderate it. Returns the case id.
     */
    static String awaitingModeration(String intakeId, String applicationId, String organisationCode) {
        var pooled = MANAGER.post("/api/assessment/assessors", Map.of("subject", "moderator", "displayName", "Demo moderator",
                "organisationCode", "RX9"));
        assertThat(pooled.status()).as(pooled.body().toString()).isIn(201, 409);
        assertThat(GATEWAY.withToken(LocalPlatform.token("moderator")).put("/api/assessment/assessors/me/declaration", Map.of("conflicts",
                List.of(Map.of("kind", "OTHER", "organisationCode", organisationCode)))).status()).isEqualTo(200);
        casesOpened(intakeId, 1);
        SiftThroughTheGateway.allocate(GATEWAY, MANAGER, intakeId);
        String caseId = MANAGER.get("/api/assessment/cases?intakeId=" + intakeId).body().get(0).path("id").asString();
        java.util.Iterator<Integer> scores = List.of(1, 5, 3).iterator();
        java.util.Set<String> scored = new java.util.HashSet<>();
        for (int panel = 2; panel <= 3; panel++) {
            int size = panel;
            var allocations = Awaitility.await("a panel of " + size).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                    .until(() -> SiftThroughTheGateway.allocationsOf(GATEWAY, java.util.Set.of(caseId)), found -> found.size() == size);
            for (var allocation : allocations) {
                if (scored.add(allocation.id())) {
                    String path = "/api/assessment/allocations/" + allocation.id() + "/scores";
                    assertThat(allocation.assessor().put(path, Map.of("scores", Map.of("vision", Map.of("score", scores.next(),
                            "evidence", "Evidence seen in the application")))).status()).isEqualTo(200);
                    assertThat(allocation.assessor().post(path + "/submit", "").status()).isEqualTo(200);
                }
            }
        }
        Awaitility.await("the case needs moderation").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> MANAGER.get("/api/assessment/cases/" + caseId).text("status"), "MODERATION_REQUIRED"::equals);
        return caseId;
    }

    /** The short reference the console shows for an application instead of a name. */
    static String reference(String applicationId) {
        return applicationId.substring(0, 8).toUpperCase();
    }

    /** A word of letters only, different each run, to tell this run's people and schemes apart. */
    static String unique() {
        StringBuilder word = new StringBuilder();
        ThreadLocalRandom.current().ints(6, 0, 26).forEach(letter -> word.append((char) ('a' + letter)));
        return word.toString();
    }
}
