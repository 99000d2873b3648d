package org.ascend.e2e;

import java.time.Duration;
import java.time.Instant;
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
