package org.ascend.e2e;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ascend.platform.test.Http;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web console as its people use it, in a real browser against the real platform: each journey end to end
 * through the pages, every page checked with axe-core (no serious or critical violation) and photographed into
 * target/screenshots/ for a reviewer.
 */
@ExtendWith(LocalPlatform.Running.class)
class ConsoleJourneysTest {

    private final Http manager = ConsoleScenarios.MANAGER;

    @Test
    void anApplicantFindsAnIntakeAppliesOverSeveralPagesAndSubmitsThenAnswersTheEqualityQuestions() {
        String schemeName = "Console scheme " + UUID.randomUUID().toString().substring(0, 8);
        String intakeId = ConsoleScenarios.openIntake(schemeName, true);

        try (var browser = new ConsoleBrowser("applicant")) {
            browser.open(LocalPlatform.GATEWAY + "/");
            browser.onPage("Ascend");
            browser.click("Sign in");
            browser.signInAs("applicant");
            browser.onPage("Welcome, Amara Okafor");
            browser.click("Your applications");
            browser.onPage("Your applications");
            browser.click("Find a scheme that is open for applications");
            browser.onPage("Schemes open for applications");
            browser.click(schemeName + ": 2027 intake");

            browser.onPage(schemeName);
            browser.sees("You are at Band 8a or above.");
            browser.checkReflowAt320("intake");
            browser.click("Start now");

            // About you: nothing filled in, so the error summary links each missing answer to its field.
            browser.onPage("About you");
            browser.click("Save and continue");
            browser.sees("There is a problem");
            browser.checkAndPhotograph("about you with errors");
            assertThat(browser.text(By.cssSelector(".nhsuk-error-summary__list a[href='#givenName']"))).isEqualTo("Enter your first name");
            browser.type("First name", "Amara");
            browser.type("Last name", "Okafor");
            browser.type("Email address", "amara.okafor@nhs.example");
            browser.click("Save and continue");

            browser.onPage("Your role");
            browser.type("Your job title", "Deputy Director of People");
            browser.choose("Band 8c");
            browser.choose("North East and Yorkshire");
            browser.type("Your organisation's ODS code", "RR8");
            browser.choose("Acute trust");
            browser.choose("HR and organisational development");
            // Save and come back later: the draft is kept, and the form resumes where it was.
            browser.click("Save and come back later");
            browser.onPage("Your applications");
            browser.open(LocalPlatform.GATEWAY + "/applicant/intakes/" + intakeId + "/apply/your-role");
            browser.onPage("Your role");
            assertThat(browser.js("return document.getElementById('organisationCode').value")).isEqualTo("RR8");
            browser.click("Save and continue");

            browser.onPage("Application questions");
            browser.type("Why do you want to join this scheme?", "To lead workforce transformation across our system.");
            browser.choose("Which of these have you led? (optional)", "Workforce planning");
            browser.click("Save and continue");

            browser.onPage("Your sponsor");
            browser.type("Your sponsor's full name", "Dr Helen Shaw");
            browser.type("Your sponsor's NHS email address", "sponsor@demo.ascend.example");
            browser.click("Save and continue");

            browser.onPage("Check your answers");
            browser.sees("Deputy Director of People");
            browser.sees("Dr Helen Shaw (sponsor@demo.ascend.example)");
            browser.click("Submit application");

            browser.onPage("Application submitted");
            browser.sees("Waiting for your sponsor");
            String applicationId = browser.currentPath().replaceAll(".*/applications/", "");
            var stored = manager.get("/api/recruitment/applications/" + applicationId);
            assertThat(stored.status()).isEqualTo(200);
            assertThat(stored.body().path("profile").path("givenName").asString()).isEqualTo("Amara");
            assertThat(stored.body().path("intakeId").asString()).isEqualTo(intakeId);
            assertThat(stored.body().path("answers").path("why").asString()).startsWith("To lead workforce");

            browser.click("Answer equality questions");
            browser.onPage("Equality monitoring questions");
            browser.choose("What is your ethnic group?", "Black or Black British: African");
            browser.choose("What is your age?", "Prefer not to say");
            browser.choose("What is your sex?", "Female");
            browser.click("Save answers");
            browser.onPage("Your application");
            browser.sees("your equality monitoring answers have been saved");

            // Nothing personal is left in the browser's storage: tokens are kept in memory only.
            assertThat(browser.js("return localStorage.length")).isEqualTo(0L);
            assertThat(browser.js("return JSON.stringify(Object.keys(sessionStorage))").toString()).doesNotContain("oidc.user");
        }
    }

    @Test
    void aSponsorSeesWhoNamedThemAndEndorsesWithAComment() {
        String intakeId = ConsoleScenarios.openIntake("Sponsor scheme " + ConsoleScenarios.unique(), true);
        String familyName = "Sponsee" + ConsoleScenarios.unique();
        String applicationId = ConsoleScenarios.apply(intakeId, "Noor", familyName, "RQ3",
                Map.of("name", "Dr Helen Shaw", "email", "sponsor@demo.ascend.example"));

        try (var browser = new ConsoleBrowser("sponsor")) {
            browser.open(LocalPlatform.GATEWAY + "/sponsor");
            browser.signInAs("sponsor");
            browser.onPage("Applications that name you as sponsor");
            browser.click("Noor " + familyName);
            browser.onPage("Noor " + familyName + "'s application");
            browser.sees("Waiting for you");
            // Sent with nothing chosen: both missing answers are listed and linked to their fields.
            browser.click("Send your decision");
            browser.sees("There is a problem");
            browser.checkAndPhotograph("decision with errors");
            assertThat(browser.text(By.cssSelector(".nhsuk-error-summary__list a[href='#comment']"))).isEqualTo("Enter a comment for the programme team");
            browser.choose("Yes, I endorse it");
            browser.type("Your comment", "Noor leads our people directorate's change programme with great skill.");
            browser.click("Send your decision");
            browser.onPage("Applications that name you as sponsor");
            browser.sees("your decision has been recorded");
        }
        var sponsor = manager.get("/api/recruitment/applications/" + applicationId).body().path("sponsor");
        assertThat(sponsor.path("endorsement").asString()).isEqualTo("ENDORSED");
        assertThat(sponsor.path("comment").asString()).startsWith("Noor leads our people directorate");
    }

    @Test
    void anAssessorDeclaresTheirConflictsAndScoresAnApplicationBlindAgainstTheAnchoredScale() {
        String intakeId = ConsoleScenarios.openIntake("Assessed scheme " + ConsoleScenarios.unique(), false);
        String familyName = "Blind" + ConsoleScenarios.unique();
        String applicationId = ConsoleScenarios.apply(intakeId, "Imogen", familyName, "RQ3", null);
        var added = manager.post("/api/assessment/assessors", Map.of("subject", "assessor", "displayName", "Demo assessor",
                "organisationCode", "RX9"));
        assertThat(added.status()).as(added.body().toString()).isIn(201, 409);

        try (var browser = new ConsoleBrowser("assessor")) {
            browser.signInFromTheStartPage("assessor");
            browser.click("Your assessments");
            browser.onPage("Your assessments");
            boolean declaredBefore = new Http(LocalPlatform.GATEWAY).withToken(LocalPlatform.token("assessor"))
                    .get("/api/assessment/assessors/me").body().hasNonNull("declaredAt");
            browser.click(declaredBefore ? "Change your declaration" : "Declare your conflicts of interest");
            browser.onPage("Declare your conflicts of interest");
            browser.click("Add a conflict");
            String conflicted = "Z" + ConsoleScenarios.unique().toUpperCase().substring(0, 4);
            browser.type("Organisation's ODS code", conflicted);
            browser.choose("A personal relationship");
            browser.click("Add this conflict");
            browser.sees(conflicted);
            browser.click("Save declaration");
            browser.onPage("Your assessments");
            browser.sees("You declared");

            // The programme team sets up the sift and allocates: the demo assessor, the least loaded, is one of two.
            String caseId = siftAllocated(intakeId, 1);
            browser.open(LocalPlatform.GATEWAY + "/assessor");
            browser.onPage("Your assessments");
            browser.click("Application " + ConsoleScenarios.reference(applicationId));
            browser.onPage("Application " + ConsoleScenarios.reference(applicationId));
            browser.sees("I have led the workforce plan");
            assertThat(browser.visibleText()).as("the pack is blind").doesNotContain("Imogen", familyName, "RQ3", "imogen.");
            browser.sees("4: Strong: shapes the workforce plan");

            browser.click("Submit scores");
            browser.sees("There is a problem");
            browser.checkAndPhotograph("scores with errors");
            browser.choose("Score for Vision", "4: Strong: shapes the workforce plan with partners");
            browser.type("Evidence for Vision", "Led the workforce plan of a large trust through a merger.");
            browser.click("Save draft");
            browser.sees("Your draft has been saved");
            browser.choose("Score for Teamwork", "3: Clear: builds a team around a shared goal");
            browser.type("Evidence for Teamwork", "Built the merged people team.");
            browser.click("Submit scores");
            browser.sees("You submitted your scores");
            browser.checkAndPhotograph("scores submitted");
            var scores = manager.get("/api/assessment/cases/" + caseId + "/scores").body();
            assertThat(scores.path("submitted").asInt()).isEqualTo(1);
            assertThat(scores.path("sheets").get(0).path("scores").path("vision").path("score").asInt()).isEqualTo(4);
        }
    }

    /**
     * A two-criterion sift with anchored scales, two assessors per application, allocated; the demo assessor is in
     * the pool with the fewest allocations, so holds one. Returns the first case's id.
     */
    private String siftAllocated(String intakeId, int applications) {
        ConsoleScenarios.casesOpened(intakeId, applications);
        var framework = manager.post("/api/assessment/frameworks", Map.of("name", "Console framework " + ConsoleScenarios.unique(),
                "scale", Map.of("min", 1, "max", 5), "criteria", List.of(
                        Map.of("id", "vision", "name", "Vision", "weightPercent", 60, "anchors", Map.of(
                                "1", "None: no plan beyond their own team", "2", "Limited: follows the plan others set",
                                "3", "Clear: plans for their organisation", "4", "Strong: shapes the workforce plan with partners",
                                "5", "Exceptional: leads a system-wide plan")),
                        Map.of("id", "team", "name", "Teamwork", "weightPercent", 40, "anchors", Map.of(
                                "1", "None: works alone", "2", "Limited: joins teams others lead",
                                "3", "Clear: builds a team around a shared goal", "4", "Strong: builds teams across organisations",
                                "5", "Exceptional: builds a system's leadership community")))));
        assertThat(framework.status()).as(framework.body().toString()).isEqualTo(201);
        assertThat(manager.put("/api/assessment/intakes/" + intakeId + "/stages", Map.of("stages", List.of(Map.of("stage", "SIFT",
                "frameworkId", framework.text("id"), "assessorsPerApplication", 2, "tolerance", 4, "passRule", "MANUAL"))))
                .status()).isEqualTo(200);
        var allocated = manager.post("/api/assessment/intakes/" + intakeId + "/stages/SIFT/allocation", "");
        assertThat(allocated.status()).as(allocated.body().toString()).isEqualTo(200);
        assertThat(allocated.body().path("allocated").findValuesAsString("assessor")).as("the demo assessor is allocated").contains("assessor");
        return allocated.body().path("allocated").get(0).path("caseId").asString();
    }

    @Test
    void aProgrammeManagerFindsTheApplicationsDecidesWhoProgressesAndMakesOffers() {
        String schemeName = "Decided scheme " + ConsoleScenarios.unique();
        String intakeId = ConsoleScenarios.openIntake(schemeName, false);
        String family = "Ranked" + ConsoleScenarios.unique();
        List<String> applications = List.of(
                ConsoleScenarios.apply("applicant-3", intakeId, "Ada", family, "RJ1", null),
                ConsoleScenarios.apply(intakeId, "Bo", family, "RR8", null),
                ConsoleScenarios.apply(intakeId, "Cy", family, "RWE", null));
        // Scored by the panel (two assessors each): Ada 5, Bo 4, Cy 2.
        SiftThroughTheGateway.scored(new Http(LocalPlatform.GATEWAY), manager, intakeId, applications, 3,
                application -> List.of(5, 4, 2).get(applications.indexOf(application)));

        try (var browser = new ConsoleBrowser("programme-manager")) {
            browser.signInFromTheStartPage("programme-manager");
            browser.click("Schemes and intakes");
            browser.onPage("Schemes and intakes");
            browser.click("2027 intake of " + schemeName);
            browser.onPage("2027 intake");

            browser.click("Applications");
            browser.onPage("Applications");
            browser.sees("3 applications found");
            browser.type("Search by name or email", "Bo");
            browser.click("Search");
            browser.sees("1 application found");
            browser.checkReflowAt320("applications");
            browser.click("Download these as CSV");
            assertThat(ConsoleBrowser.downloaded("applications.csv")).contains("Bo", family).doesNotContain("Ada");

            browser.click("Assessment and decisions");
            browser.onPage("Assessment and decisions");
            browser.sees("Ranking");
            browser.click("Progress " + ConsoleScenarios.reference(applications.get(0)));
            browser.click("Progress " + ConsoleScenarios.reference(applications.get(1)));
            browser.click("Do not progress " + ConsoleScenarios.reference(applications.get(2)));
            browser.checkAndPhotograph("decided");

            // Cohort learns of the decisions from assessment's events; a person takes a moment too.
            Awaitility.await("cohort knows who progressed").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .until(() -> manager.get("/api/cohorts/intakes/" + intakeId + "/rank-order").body().findValuesAsString("applicationId").size() == 2);
            browser.click("Cohorts and offers");
            browser.onPage("Cohorts and offers");
            browser.type("Cohort name", "Console cohort");
            browser.type("Places", "1");
            browser.typeDate("Starts on", 1, 9, 2027);
            browser.typeDate("Ends on", 31, 7, 2028);
            browser.click("Create cohort");
            browser.click("Make offers");
            browser.sees("Waiting list");
            browser.checkAndPhotograph("offers made");
        }
        String cohortId = manager.get("/api/cohorts/cohorts?intakeId=" + intakeId).body().get(0).path("id").asString();
        var offers = manager.get("/api/cohorts/cohorts/" + cohortId + "/offers").body();
        assertThat(offers.findValuesAsString("applicationId")).containsExactly(applications.get(0), applications.get(1));
        assertThat(offers.findValuesAsString("status")).containsExactly("OFFERED", "WAITLISTED");

        // Ada (the demo's applicant-3) sees her offer and accepts it.
        String offerId = offers.get(0).path("id").asString();
        Awaitility.await("recruitment has told cohort whose offer it is").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> new Http(LocalPlatform.GATEWAY).withToken(LocalPlatform.token("applicant-3")).get("/api/cohorts/me/offers")
                        .body().findValuesAsString("id").contains(offerId));
        try (var browser = new ConsoleBrowser("applicant-offer")) {
            browser.open(LocalPlatform.GATEWAY + "/applicant");
            browser.signInAs("applicant-3");
            browser.onPage("Your applications");
            browser.sees("You have been offered a place");
            browser.open(LocalPlatform.GATEWAY + "/applicant/offers/" + offerId);
            browser.onPage("Your offer of a place");
            browser.choose("Yes, I accept the place");
            browser.click("Send your answer");
            browser.onPage("Your applications");
            browser.sees("you accepted the place");
        }
        assertThat(manager.get("/api/cohorts/cohorts/" + cohortId + "/offers").body().get(0).path("status").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void anAnalystOpensAnIntakeDashboardAndDownloadsItsReport() {
        try (var browser = new ConsoleBrowser("analyst")) {
            browser.signInFromTheStartPage("analyst");
            browser.click("Dashboards and reports");
            browser.onPage("Dashboards");
            browser.click("Cohort 4 of Aspirant Director of Workforce");
            browser.onPage("Cohort 4: dashboard");
            browser.sees("Applications reaching each stage");
            browser.sees("How reliable the assessment was");
            browser.sees("This intake needs no sponsor, so there is no endorsement stage.");
            assertThat(browser.visibleText()).doesNotContain("Endorsed");
            browser.sees("Share of each stage by category");
            browser.sees("Eligible to Shortlisted");
            browser.select("Characteristic", "Sex");
            browser.sees("Female");
            browser.checkAndPhotograph("dashboard by sex");
            browser.checkReflowAt320("dashboard");

            browser.choose("Public: national, every count disclosure-controlled");
            browser.click("Generate the intake report");
            browser.sees("Your report is ready");
            browser.checkAndPhotograph("report ready");
            browser.click("PDF of " + browser.text(By.cssSelector("[role=status] p")).replaceAll("^Your report is ready: |\\.$", ""));
            assertThat(ConsoleBrowser.downloadedFileEndingWith(".pdf")).startsWith("%PDF");

            // The end-of-year report of a financial year, across every scheme.
            browser.click("Dashboards");
            browser.onPage("Dashboards");
            browser.click("End-of-year reports");
            browser.onPage("End-of-year reports");
            browser.choose("Public: national, every count disclosure-controlled");
            browser.click("Generate the end-of-year report");
            browser.sees("Your report is ready");
            browser.checkAndPhotograph("end-of-year report ready");
        }
    }
    @Test
    void aProgrammeManagerRunsACohortAndAParticipantKeepsTheirDevelopmentPlan() throws java.sql.SQLException {
        String unique = ConsoleScenarios.unique();
        String schemeName = "Running scheme " + unique;
        String cohortName = "Cohort " + unique;
        String participantName = "Dee Planner" + unique;
        var enrolled = ConsoleScenarios.enrolled("applicant-2", schemeName, cohortName, "Dee", "Planner" + unique);
        LocalDate yesterday = LocalDate.now().minusDays(1);
        String coachName = "Coach " + unique;

        // The programme team adds a session that was held yesterday, records who came, adds a coach and matches.
        try (var browser = new ConsoleBrowser("programme-manager-cohort")) {
            browser.open(LocalPlatform.GATEWAY + "/manage/intakes/" + enrolled.intakeId() + "/cohorts");
            browser.signInAs("programme-manager");
            browser.onPage("Cohorts and offers");
            browser.click("Run " + cohortName + ": participants, sessions, coaching and plans");
            browser.onPage(cohortName);
            browser.sees(participantName);
            browser.checkAndPhotograph("participants");

            browser.click("Sessions and attendance");
            browser.onPage("Sessions and attendance");
            browser.click("Add session");
            browser.sees("There is a problem");
            browser.select("Kind of session", "Module");
            browser.type("Title", "Leading the workforce system");
            browser.typeDate("Date", yesterday.getDayOfMonth(), yesterday.getMonthValue(), yesterday.getYear());
            browser.type("Start time", "09:30");
            browser.type("Length in minutes", "360");
            browser.type("Where (leave empty for an online session)", "Leeds");
            browser.type("Led by", "NHS Leadership Academy");
            browser.click("Add session");
            browser.choose(participantName, "Attended");
            browser.click("Save attendance at Leading the workforce system");
            browser.sees("Attendance at Leading the workforce system saved.");
            browser.sees("1 of 1 attended");
            browser.checkAndPhotograph("attendance");

            browser.click("Coaches and matching");
            browser.onPage("Coaches and matching");
            if (!browser.visibleText().contains("Coach's name")) {
                browser.click("Add a coach");
            }
            browser.type("Coach's name", coachName);
            browser.type("Their organisation's ODS code", "RYJ");
            browser.select("Region", "London");
            browser.type("How many participants they can take", "2");
            browser.type("Specialisms (optional)", "board, system leadership");
            browser.click("Add coach");
            browser.sees(coachName);
            browser.click("Match coaches");
            browser.sees("Matching made 1 pair.");
            browser.checkAndPhotograph("coaching");
        }
        var sessions = manager.get("/api/cohorts/cohorts/" + enrolled.cohortId() + "/sessions").body();
        assertThat(sessions.get(0).path("attendance").path(enrolled.participantId()).asString()).isEqualTo("ATTENDED");
        assertThat(manager.get("/api/cohorts/cohorts/" + enrolled.cohortId() + "/coaching").body().findValuesAsString("participantId"))
                .containsExactly(enrolled.participantId());

        // The participant sees the session and their coach, writes an objective with a milestone and adds evidence.
        LocalDate due = LocalDate.now().plusDays(60);
        try (var browser = new ConsoleBrowser("participant")) {
            browser.open(LocalPlatform.GATEWAY + "/applicant");
            browser.signInAs("applicant-2");
            browser.onPage("Your applications");
            browser.click("Your programme");
            browser.onPage("Your programme");
            browser.click(cohortName);
            browser.onPage(cohortName);
            browser.sees("Leading the workforce system");
            browser.sees("Your coach");
            browser.type("Objective", "Lead workforce planning across the system");
            browser.type("Milestone 1", "Present the plan to the ICS board");
            browser.typeDate("Milestone 1 due on", due.getDayOfMonth(), due.getMonthValue(), due.getYear());
            browser.click("Add objective");
            browser.sees("Due " + due.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)));
            browser.type("Evidence for \"Present the plan to the ICS board\"", "Drafted the plan with the ICS workforce group.");
            browser.click("Add evidence for Present the plan to the ICS board");
            browser.sees("Drafted the plan with the ICS workforce group.");
            browser.checkAndPhotograph("development plan");
            browser.checkReflowAt320("development plan");
        }

        // The programme team signs the milestone off, and makes the scheme's stocktake.
        try (var browser = new ConsoleBrowser("programme-manager-plan")) {
            browser.open(LocalPlatform.GATEWAY + "/manage/participants/" + enrolled.participantId());
            browser.signInAs("programme-manager");
            browser.onPage(participantName);
            browser.sees("Drafted the plan with the ICS workforce group.");
            browser.click("Sign off Present the plan to the ICS board");
            browser.sees("Signed off");
            browser.sees("Completion");
            browser.checkAndPhotograph("participant");
            browser.click("Complete the programme");
            browser.sees("Completed");

            browser.open(LocalPlatform.GATEWAY + "/dashboards");
            browser.onPage("Dashboards");
            browser.click("Stocktake of " + schemeName);
            browser.onPage("Stocktake");
            browser.choose("Programme board: national figures as they are");
            browser.click("Generate the stocktake");
            browser.sees("Your report is ready");
            browser.checkAndPhotograph("stocktake ready");
        }
        var plan = manager.get("/api/cohorts/participants/" + enrolled.participantId() + "/plan").body();
        assertThat(plan.findValuesAsString("signedOffAs")).containsExactly("PROGRAMME_TEAM");
        assertThat(plan.findValuesAsString("text")).containsExactly("Drafted the plan with the ICS workforce group.");

        // Seven months after completing, the participant (who agreed to be followed) answers their career check-in.
        CareerJourney.sixMonthsPass(enrolled.participantId());
        Http participant = new Http(LocalPlatform.GATEWAY).withToken(LocalPlatform.token("applicant-2"));
        try (var browser = new ConsoleBrowser("alumnus")) {
            browser.open(LocalPlatform.GATEWAY + "/participant/" + enrolled.participantId());
            browser.signInAs("applicant-2");
            browser.onPage(cohortName);
            browser.sees("Following your career");
            browser.choose("The alumni directory: other alumni and the programme team see my name, current role and region");
            browser.click("I agree to my career being followed");
            browser.sees("You agreed that the programme may follow your career until");
            Awaitility.await("the check-in job opens the 6-month check-in").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> participant.get("/api/cohorts/participants/" + enrolled.participantId() + "/career-checkins").body().size() == 1);
            browser.open(LocalPlatform.GATEWAY + "/participant/" + enrolled.participantId());
            browser.onPage(cohortName);
            browser.sees("6 months after completing");
            browser.choose("Yes, I have moved to a new role");
            browser.type("Your new job title", "Director of Workforce");
            browser.select("What kind of role is it?", "Director of workforce");
            browser.select("Band", "Very senior manager");
            browser.type("Your new organisation's ODS code", "RJE");
            browser.select("Type of organisation", "Acute trust");
            browser.select("NHS England region", "Midlands");
            LocalDate started = LocalDate.now().minusMonths(1);
            browser.typeDate("When did you start?", started.getDayOfMonth(), started.getMonthValue(), started.getYear());
            browser.choose("A board-level or director role");
            browser.checkAndPhotograph("career check-in");
            browser.click("Send your answer");
            browser.sees("you had moved role");
        }
        var careers = manager.get("/api/cohorts/participants/" + enrolled.participantId() + "/career-records").body();
        assertThat(careers.toString()).contains("Director of Workforce", "DIRECTOR_OF_WORKFORCE");
    }

    @Test
    void aModeratorSettlesADisagreementWithAScoreAndARationale() {
        String intakeId = ConsoleScenarios.openIntake("Moderated scheme " + ConsoleScenarios.unique(), false);
        String organisation = "M" + ConsoleScenarios.unique().substring(0, 4).toUpperCase();
        String applicationId = ConsoleScenarios.apply(intakeId, "Eve", "Split" + ConsoleScenarios.unique(), organisation, null);
        String caseId = ConsoleScenarios.awaitingModeration(intakeId, applicationId, organisation);
        String reference = ConsoleScenarios.reference(applicationId);

        try (var browser = new ConsoleBrowser("moderator")) {
            browser.signInFromTheStartPage("moderator");
            browser.click("Your assessments");
            browser.click("Cases awaiting moderation");
            browser.onPage("Cases awaiting moderation");
            browser.click("Application " + reference);
            browser.onPage("Moderate application " + reference);
            browser.sees("Assessor 3:"); // all three sheets side by side: 1, 5 and 3
            assertThat(browser.visibleText()).containsPattern("Assessor \\d: 1\\b").containsPattern("Assessor \\d: 5\\b");
            browser.choose("Agreed score for Vision", "3: Clear");
            browser.type("Why these scores", "Too short.");
            browser.click("Record the moderation");
            browser.sees("There is a problem");
            browser.checkAndPhotograph("rationale too short");
            browser.type("Why these scores", "The third assessor's reading matches the evidence: a clear vision, "
                    + "set out for one organisation rather than the system.");
            browser.click("Record the moderation");
            browser.onPage("Cases awaiting moderation");
            browser.sees("your moderation has been recorded");
        }
        var moderated = manager.get("/api/assessment/cases/" + caseId);
        assertThat(moderated.text("status")).isEqualTo("MODERATED");
        assertThat(moderated.body().path("finalScore").asDouble()).isEqualTo(3.0);
    }

    @Test
    void aCoachSeesTheParticipantsMatchedToThemAndTheirPlans() {
        var coachees = new Http(LocalPlatform.GATEWAY).withToken(LocalPlatform.token("coach")).get("/api/cohorts/me/coachees").body();
        assertThat(coachees).as("the demo matches participants with Dr Femi Adeyemi").isNotEmpty();
        try (var browser = new ConsoleBrowser("coach")) {
            browser.signInFromTheStartPage("coach");
            browser.click("Your coachees");
            browser.onPage("Your coachees");
            browser.sees(coachees.get(0).path("givenName").asString() + " " + coachees.get(0).path("familyName").asString());
            browser.sees(coachees.get(0).path("reason").asString());
            browser.checkAndPhotograph("coachees");
        }
    }

    @Test
    void aRegionalLeadSeesTheirRegionDisclosureControlledThenSignsOut() {
        try (var browser = new ConsoleBrowser("regional-lead")) {
            browser.signInFromTheStartPage("regional-lead");
            browser.click("Dashboards and reports");
            browser.onPage("Dashboards");
            browser.click("Cohort 4 of Aspirant Director of Workforce");
            browser.onPage("Cohort 4: dashboard");
            browser.sees("The national funnel is for the programme team and analysts.");
            browser.sees("* hidden: fewer than 8 people");
            browser.checkAndPhotograph("regional dashboard");
            // Each stage's total exactly as the API gives it to a regional lead: their region's, with * where hidden.
            String intakeId = browser.currentPath().replaceAll(".*/intakes/", "");
            var breakdown = new Http(LocalPlatform.GATEWAY).withToken(LocalPlatform.token("regional-lead"))
                    .get("/api/reporting/intakes/" + intakeId + "/breakdown?by=ethnic-group").body();
            assertThat(breakdown.path("disclosureControlled").asBoolean()).isTrue();
            List<String> totals = new java.util.ArrayList<>();
            breakdown.path("stages").forEach(stage -> totals.add(stage.path("total").path("suppressed").asBoolean()
                    || stage.path("total").path("value").isNull() ? "*" : stage.path("total").path("value").asString()));
            browser.sees("region " + breakdown.path("region").asString());
            assertThat(browser.js("return [...document.querySelectorAll('tr')].find(r => r.querySelector('th')?.textContent === 'Total')"
                    + ".querySelectorAll('td').length")).isEqualTo((long) totals.size());
            assertThat(browser.js("return [...[...document.querySelectorAll('tr')].find(r => r.querySelector('th')?.textContent === 'Total')"
                    + ".querySelectorAll('td')].map(c => c.textContent).join(' ')")).isEqualTo(String.join(" ", totals));
            browser.click("Sign out");
            browser.onPage("You have signed out");
            browser.open(LocalPlatform.GATEWAY + "/dashboards");
            browser.signInAs("regional-lead");
            browser.onPage("Dashboards");
        }
    }
}
