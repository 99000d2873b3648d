package org.ascend.e2e;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ascend.platform.test.Http;
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

    private final Http manager = new Http(LocalPlatform.GATEWAY).withToken(LocalPlatform.token("programme-manager"));

    @Test
    void anApplicantFindsAnIntakeAppliesOverSeveralPagesAndSubmitsThenAnswersTheEqualityQuestions() {
        String schemeName = "Console scheme " + UUID.randomUUID().toString().substring(0, 8);
        String intakeId = openIntake(schemeName);

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

    /** A scheme open to band 8a and above, and an open intake of it with two questions and a sponsor. */
    private String openIntake(String schemeName) {
        var scheme = manager.post("/api/recruitment/schemes", Map.of("name", schemeName, "ownerBody", "NHS England",
                "description", "A development programme for aspiring directors.", "targetCohortSize", 15,
                "eligibility", Map.of("minBand", "8a")));
        assertThat(scheme.status()).as(scheme.body().toString()).isEqualTo(201);
        Instant now = Instant.now();
        var intake = manager.post("/api/recruitment/schemes/" + scheme.text("id") + "/intakes", Map.of("name", "2027 intake",
                "places", 15, "opensAt", now.minus(1, ChronoUnit.MINUTES).toString(),
                "closesAt", now.plus(30, ChronoUnit.DAYS).toString(), "sponsorRequired", true,
                "endorsementDeadline", now.plus(40, ChronoUnit.DAYS).toString(),
                "questions", List.of(
                        Map.of("id", "why", "text", "Why do you want to join this scheme?", "type", "FREE_TEXT",
                                "wordLimit", 300, "required", true),
                        Map.of("id", "led", "text", "Which of these have you led?", "type", "MULTIPLE_CHOICE",
                                "options", List.of("Workforce planning", "Culture change", "Organisational design"),
                                "required", false))));
        assertThat(intake.status()).as(intake.body().toString()).isEqualTo(201);
        assertThat(manager.post("/api/recruitment/intakes/" + intake.text("id") + "/open", "").status()).isEqualTo(200);
        return intake.text("id");
    }
}
