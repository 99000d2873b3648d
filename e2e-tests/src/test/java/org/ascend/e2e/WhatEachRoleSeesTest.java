package org.ascend.e2e;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.ascend.platform.test.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's acceptance: no response an assessor, sponsor or regional lead can reach holds equality data
 * or another person's identity. Two applicants apply with equality answers; one names the demo sponsor.
 * Then every endpoint the services publish is called as each of those roles with real ids, and every
 * body is searched. The one deliberate exception: a sponsor sees the name and current role of an applicant
 * who named them (they must know whom they endorse), and nothing else of theirs.
 */
@ExtendWith(LocalPlatform.Running.class)
class WhatEachRoleSeesTest {

    private static final Http gateway = new Http(LocalPlatform.GATEWAY);
    private static final List<String> EQUALITY = List.of("ethnicCategory", "sexualOrientation", "religionBelief",
            "ageBand", "genderReassignment", "pregnancyMaternity", "BISEXUAL", "SIKH", "CIVIL_PARTNERSHIP");
    private static final List<String> NAMED_APPLICANT_NAME = List.of("Zenobia", "Achterberg");
    private static final List<String> NAMED_APPLICANT_PRIVATE = List.of("zenobia.achterberg@nhs.example", "RQX");
    private static final List<String> OTHER_APPLICANT = List.of("Ifeoluwa", "Brackenridge",
            "ifeoluwa.brackenridge@nhs.example", "RQY", "Head of Workforce Transformation");

    private static String schemeId;
    private static String intakeId;
    private static String namedApplicationId;
    private static String caseId;
    private static String assessorsAllocationId;
    private static String moderatorsAllocationId; // untouched by the walks (which may recuse the assessor)
    private static String cohortId;

    @BeforeAll
    static void twoApplicantsApplyWithEqualityAnswers() {
        Http programmeManager = gateway.withToken(LocalPlatform.token("programme-manager"));
        schemeId = programmeManager.post("/api/recruitment/schemes", Map.of("name", "Visibility walk scheme",
                "ownerBody", "NHS England", "targetCohortSize", 15)).text("id");
        Instant now = Instant.now();
        intakeId = programmeManager.post("/api/recruitment/schemes/" + schemeId + "/intakes", Map.of(
                "name", "Visibility walk intake", "places", 15, "opensAt", now.minus(1, ChronoUnit.MINUTES).toString(),
                "closesAt", now.plus(30, ChronoUnit.DAYS).toString())).text("id");
        assertThat(programmeManager.post("/api/recruitment/intakes/" + intakeId + "/open", "").status()).isEqualTo(200);

        namedApplicationId = apply("applicant", "Zenobia", "Achterberg", "RQX", "Deputy Director of People",
                Map.of("name", "Dr Helen Shaw", "email", "sponsor@demo.ascend.example"));
        apply("applicant-2", "Ifeoluwa", "Brackenridge", "RQY", "Head of Workforce Transformation",
                Map.of("name", "Someone Else", "email", "someone.else@nhs.example"));

        caseId = Awaitility.await("assessment opens a case for each application").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> programmeManager.get("/api/assessment/cases?intakeId=" + intakeId), r -> r.status() == 200 && r.body().size() == 2).body().get(0).path("id").asString();
        assessorsAreAllocated(programmeManager);
        cohortId = Awaitility.await("cohort knows the intake").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> programmeManager.post("/api/cohorts/intakes/" + intakeId + "/cohorts", Map.of("name", "Walk cohort",
                        "startsOn", "2027-01-04", "endsOn", "2027-12-17", "scope", Map.of("kind", "REGION", "regionCode", "Y63"))),
                        r -> r.status() == 201).text("id");
    }

    /** The demo assessor and moderator join the pool and are allocated both applications at the sift, as in the README. */
    private static void assessorsAreAllocated(Http programmeManager) {
        var framework = programmeManager.post("/api/assessment/frameworks", Map.of("name", "Visibility walk framework",
                "scale", Map.of("min", 1, "max", 3), "criteria", List.of(Map.of("id", "vision", "name", "Vision",
                        "weightPercent", 100, "anchors", Map.of("1", "None", "2", "Some", "3", "Strong")))));
        assertThat(framework.status()).as(framework.body().toString()).isEqualTo(201);
        var stages = programmeManager.put("/api/assessment/intakes/" + intakeId + "/stages", Map.of("stages", List.of(Map.of(
                "stage", "SIFT", "frameworkId", framework.text("id"), "assessorsPerApplication", 2, "tolerance", 1,
                "passRule", "MANUAL"))));
        assertThat(stages.status()).as(stages.body().toString()).isEqualTo(200);
        int organisation = 0;
        for (String assessor : List.of("assessor", "moderator")) {
            var added = programmeManager.post("/api/assessment/assessors", Map.of("subject", assessor,
                    "displayName", "Walk " + assessor, "organisationCode", "RW" + organisation++));
            assertThat(added.status()).as(added.body().toString()).isIn(201, 409);
            var declared = gateway.withToken(LocalPlatform.token(assessor)).put("/api/assessment/assessors/me/declaration",
                    Map.of("conflicts", List.of()));
            assertThat(declared.status()).as(declared.body().toString()).isEqualTo(200);
        }
        var allocation = programmeManager.post("/api/assessment/intakes/" + intakeId + "/stages/SIFT/allocation", "");
        assertThat(allocation.status()).as(allocation.body().toString()).isEqualTo(200);
        assessorsAllocationId = firstAllocationOf("assessor");
        moderatorsAllocationId = firstAllocationOf("moderator");
    }

    private static String firstAllocationOf(String assessor) {
        return gateway.withToken(LocalPlatform.token(assessor)).get("/api/assessment/allocations/mine").body()
                .findValuesAsString("allocationId").stream().findFirst().orElseThrow();
    }

    @Test
    void anAssessorOpensTheAnonymisedPackOfTheirAllocation() {
        var pack = gateway.withToken(LocalPlatform.token("moderator")).get("/api/assessment/allocations/" + moderatorsAllocationId + "/pack");

        assertThat(pack.status()).as(pack.body().toString()).isEqualTo(200);
        assertThat(pack.body().path("pack").path("band").asString()).as("the real pack, fetched from recruitment").isEqualTo("8c");
        assertThat(pack.body().toString()).doesNotContain(concat(EQUALITY, NAMED_APPLICANT_NAME, NAMED_APPLICANT_PRIVATE,
                OTHER_APPLICANT).toArray(String[]::new));
    }

    @Test
    void assessorsSeeNoEqualityDataAndNoApplicantIdentity() {
        List<String> forbidden = concat(EQUALITY, NAMED_APPLICANT_NAME, NAMED_APPLICANT_PRIVATE, OTHER_APPLICANT);
        walkEveryEndpointAs("assessor", forbidden);
    }

    @Test
    void regionalLeadsSeeNoEqualityDataAndNoApplicantIdentity() {
        List<String> forbidden = concat(EQUALITY, NAMED_APPLICANT_NAME, NAMED_APPLICANT_PRIVATE, OTHER_APPLICANT);
        walkEveryEndpointAs("regional-lead", forbidden);
    }

    @Test
    void coachesSeeNoEqualityDataAndNoIdentityOfPeopleNotMatchedToThem() {
        List<String> forbidden = concat(EQUALITY, NAMED_APPLICANT_NAME, NAMED_APPLICANT_PRIVATE, OTHER_APPLICANT);
        walkEveryEndpointAs("coach", forbidden);
    }

    @Test
    void talentLeadsSeeNoEqualityDataAndNoApplicantIdentity() {
        List<String> forbidden = concat(EQUALITY, NAMED_APPLICANT_NAME, NAMED_APPLICANT_PRIVATE, OTHER_APPLICANT);
        walkEveryEndpointAs("talent-lead", forbidden);
    }

    @Test
    void aSponsorSeesOnlyTheNameAndRoleOfWhoeverNamedThem() {
        Http sponsor = gateway.withToken(LocalPlatform.token("sponsor"));
        String mine = sponsor.get("/api/recruitment/sponsor/applications").body().toString();
        assertThat(mine).as("the walk reaches real data").contains(namedApplicationId, "Zenobia Achterberg", "Deputy Director of People");

        walkEveryEndpointAs("sponsor", concat(EQUALITY, NAMED_APPLICANT_PRIVATE, OTHER_APPLICANT));
    }

    /** Calls every published operation as the role and checks no body holds a forbidden string. */
    private static void walkEveryEndpointAs(String role, List<String> forbidden) {
        Http caller = gateway.withToken(LocalPlatform.token(role));
        List<String> answered = new ArrayList<>();
        for (String operation : AuthorizationMatrixTest.publishedOperations()) {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = withRealIds(operation.substring(operation.indexOf(' ') + 1));
            var response = switch (method) {
                case "GET" -> caller.get(path + (path.contains("?") ? "&" : "?") + "intakeId=" + intakeId);
                case "DELETE" -> caller.send("DELETE", path, Map.of());
                case "PUT" -> caller.put(path, bodyFor(operation));
                default -> caller.post(path, bodyFor(operation));
            };
            String seen = response.body() + " " + response.headers();
            for (String secret : forbidden) {
                assertThat(seen).as(role + " -> " + operation + " (" + response.status() + ")").doesNotContain(secret);
            }
            if (response.status() < 300) {
                answered.add(operation);
            }
        }
        assertThat(answered).as(role + " reached some endpoints with data").isNotEmpty();
    }

    private static String withRealIds(String template) {
        String path = template.replace("/schemes/{id}", "/schemes/" + schemeId).replace("{schemeId}", schemeId)
                .replace("/intakes/{id}", "/intakes/" + intakeId).replace("{intakeId}", intakeId)
                .replace("/cases/{id}", "/cases/" + caseId)
                .replace("/frameworks/{id}", "/frameworks/" + java.util.UUID.randomUUID())
                .replace("/allocations/{id}", "/allocations/" + assessorsAllocationId)
                .replace("{stage}", "SIFT")
                .replace("/applications/{id}", "/applications/" + namedApplicationId)
                .replace("{applicationId}", namedApplicationId)
                .replace("{subject}", "applicant")
                .replace("/cohorts/{id}", "/cohorts/" + cohortId).replace("{cohortId}", cohortId)
                .replace("/offers/{id}", "/offers/" + java.util.UUID.randomUUID())
                .replace("/participants/{id}", "/participants/" + java.util.UUID.randomUUID())
                .replace("/sessions/{id}", "/sessions/" + java.util.UUID.randomUUID())
                .replace("/milestones/{id}", "/milestones/" + java.util.UUID.randomUUID())
                .replace("/adjustments/{id}", "/adjustments/" + java.util.UUID.randomUUID())
                .replace("{rebuildId}", java.util.UUID.randomUUID().toString())
                .replace("{reportId}", java.util.UUID.randomUUID().toString()).replace("{tableId}", "funnel")
                .replace("{participantId}", java.util.UUID.randomUUID().toString())
                .replace("/local-systems/{id}", "/local-systems/" + java.util.UUID.randomUUID())
                .replace("{entryId}", java.util.UUID.randomUUID().toString())
                .replace("/career-checkins/{id}", "/career-checkins/" + java.util.UUID.randomUUID())
                .replace("/networks/{id}", "/networks/" + java.util.UUID.randomUUID())
                .replace("/network-events/{id}", "/network-events/" + java.util.UUID.randomUUID());
        assertThat(path).as("every path variable of " + template + " has a real value").doesNotContain("{");
        return path;
    }

    private static Object bodyFor(String operation) {
        return AuthorizationMatrixTest.MATRIX.stream().filter(row -> row.key().equals(operation)).findFirst()
                .map(AuthorizationMatrixTest.Row::body).orElse(Map.of());
    }

    private static String apply(String user, String givenName, String familyName, String organisation, String role,
            Map<String, String> sponsor) {
        Http applicant = gateway.withToken(LocalPlatform.token(user));
        var submitted = applicant.post("/api/recruitment/intakes/" + intakeId + "/applications", Map.ofEntries(
                Map.entry("applicantEmail", (givenName + "." + familyName + "@nhs.example").toLowerCase()),
                Map.entry("givenName", givenName), Map.entry("familyName", familyName), Map.entry("regionCode", "Y63"),
                Map.entry("band", "8c"), Map.entry("organisationCode", organisation), Map.entry("organisationType", "ACUTE_TRUST"),
                Map.entry("profession", "HR_AND_ORGANISATIONAL_DEVELOPMENT"), Map.entry("currentRole", role),
                Map.entry("sponsor", sponsor)));
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(201);
        String applicationId = submitted.text("id");
        var equality = applicant.put("/api/recruitment/applications/" + applicationId + "/equality", Map.of(
                "ethnicCategory", "M", "sexualOrientation", "BISEXUAL", "religionBelief", "SIKH", "ageBand", "35-44",
                "marriageCivilPartnership", "CIVIL_PARTNERSHIP", "genderReassignment", "NO", "pregnancyMaternity", "NO"));
        assertThat(equality.status()).as(equality.body().toString()).isEqualTo(200);
        return applicationId;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
