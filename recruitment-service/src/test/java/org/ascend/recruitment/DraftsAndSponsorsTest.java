package org.ascend.recruitment;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.ascend.platform.test.EventContracts;
import org.ascend.platform.test.Http;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.platform.test.TestIdentity;
import org.ascend.platform.test.TestInfrastructure;
import org.ascend.platform.test.TopicProbe;
import org.junit.jupiter.api.Test;

import static org.ascend.recruitment.RecruitmentApiTest.assertProblem;
import static org.ascend.recruitment.RecruitmentTestSupport.applicant;
import static org.ascend.recruitment.RecruitmentTestSupport.openIntake;
import static org.assertj.core.api.Assertions.assertThat;

/** Save and resume, and the sponsor's endorsement. */
class DraftsAndSponsorsTest extends ServiceIntegrationTest {

    private static final String ENDORSED = "org.ascend.recruitment.application-endorsed.v1";

    @Test
    void anApplicantSavesResumesAndSubmitsADraftWhichThenIsGone() {
        String intakeId = openIntake(as("programme-manager"));
        Http applicant = asNewApplicant();
        String draft = "/api/recruitment/intakes/" + intakeId + "/draft";
        assertProblem(applicant.get(draft), 404, "not-found");

        Map<String, Object> partial = applicant();
        partial.remove("band");
        assertThat(applicant.put(draft, partial).status()).isEqualTo(200);
        assertThat(applicant.get(draft).body().path("content").path("givenName").asString()).isEqualTo("Amara");
        assertThat(asNewApplicant().get(draft).status()).isEqualTo(404); // another person's draft is not theirs

        var incomplete = applicant.post(draft + "/submit", "");
        assertProblem(incomplete, 400, "validation");
        assertThat(incomplete.body().path("errors").toString()).contains("band");

        Map<String, Object> complete = applicant();
        applicant.put(draft, complete);
        var submitted = applicant.post(draft + "/submit", "", Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(201);
        assertThat(applicant.get(draft).status()).isEqualTo(404);
        assertProblem(applicant.post("/api/recruitment/intakes/" + intakeId + "/applications", complete), 409,
                "duplicate-application");
    }

    @Test
    void draftsCannotBeSavedOnceTheIntakeHasClosed() {
        String intakeId = openIntake(as("programme-manager"));
        as("programme-manager").post("/api/recruitment/intakes/" + intakeId + "/close", "");
        assertProblem(asNewApplicant().put("/api/recruitment/intakes/" + intakeId + "/draft", applicant()), 409,
                "intake-not-open");
    }

    @Test
    void theNamedSponsorAndOnlyTheyEndorseOnceBeforeTheDeadline() {
        String intakeId = intakeRequiringSponsor(Instant.now().plus(2, ChronoUnit.DAYS));
        Http applicant = asNewApplicant();
        assertProblem(applicant.post("/api/recruitment/intakes/" + intakeId + "/applications", applicant()), 400, "validation");

        String sponsorEmail = "sponsor-" + UUID.randomUUID() + "@nhs.example";
        Map<String, Object> form = applicant();
        form.put("sponsor", Map.of("name", "Dr Helen Shaw", "email", sponsorEmail.toUpperCase()));
        var submitted = applicant.post("/api/recruitment/intakes/" + intakeId + "/applications", form);
        assertThat(submitted.body().path("sponsor").path("endorsement").asString()).isEqualTo("PENDING");
        String applicationId = submitted.text("id");

        Http sponsor = sponsor(sponsorEmail);
        var mine = sponsor.get("/api/recruitment/sponsor/applications");
        assertThat(mine.body().size()).isEqualTo(1);
        assertThat(mine.body().get(0).path("applicantName").asString()).isEqualTo("Amara Okafor");
        assertThat(mine.body().get(0).path("state").asString()).isEqualTo("AWAITING_YOU");
        assertThat(mine.body().toString()).doesNotContain("applicantEmail", "@nhs.example\"", "answers", "ethnic");

        String decide = "/api/recruitment/sponsor/applications/" + applicationId + "/endorsement";
        assertProblem(sponsor("someone-else@nhs.example").post(decide, Map.of("decision", "ENDORSED", "comment", "Yes")),
                404, "not-found");
        assertProblem(sponsor.post(decide, Map.of("decision", "PENDING", "comment", "Hmm")), 400, "validation");
        assertProblem(sponsor.post(decide, Map.of("decision", "ENDORSED")), 400, "validation");
        assertProblem(as("applicant").post(decide, Map.of("decision", "ENDORSED", "comment", "Self")), 403, "forbidden");

        var endorsed = sponsor.post(decide, Map.of("decision", "ENDORSED", "comment", "Ready for director roles"));
        assertThat(endorsed.status()).as(endorsed.body().toString()).isEqualTo(200);
        assertThat(endorsed.text("state")).isEqualTo("DECIDED");
        assertProblem(sponsor.post(decide, Map.of("decision", "DECLINED", "comment", "Changed my mind")), 409,
                "endorsement-closed");
        var seenByApplicant = applicant.get("/api/recruitment/applications/" + applicationId);
        assertThat(seenByApplicant.body().path("sponsor").path("endorsement").asString()).isEqualTo("ENDORSED");
        var listed = as("programme-manager").get("/api/recruitment/intakes/" + intakeId + "/applications?endorsement=ENDORSED");
        assertThat(listed.body().path("total").asLong()).as(listed.body().toString()).isEqualTo(1);

        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), "ascend.recruitment.application.v1")) {
            var event = probe.pollUntil(seen -> seen.stream().anyMatch(r -> applicationId.equals(r.key())
                    && ENDORSED.equals(TopicProbe.header(r, "ce_type"))), Duration.ofSeconds(30)).stream()
                    .filter(r -> applicationId.equals(r.key()) && ENDORSED.equals(TopicProbe.header(r, "ce_type")))
                    .findFirst().orElseThrow();
            assertThat(EventContracts.validate(ENDORSED, event.value())).isEmpty();
            assertThat(new String(event.value())).contains("\"ENDORSED\"").doesNotContain("Ready for director", "Helen");
        }
    }

    @Test
    void afterTheDeadlineTheSponsorCanNoLongerDecide() {
        String intakeId = intakeRequiringSponsor(Instant.now().plus(2, ChronoUnit.DAYS));
        String sponsorEmail = "late-" + UUID.randomUUID() + "@nhs.example";
        Map<String, Object> form = applicant();
        form.put("sponsor", Map.of("name", "Late Sponsor", "email", sponsorEmail));
        String applicationId = asNewApplicant().post("/api/recruitment/intakes/" + intakeId + "/applications", form).text("id");
        jdbc().sql("UPDATE intake SET endorsement_deadline = now() - interval '1 minute' WHERE id = :id")
                .param("id", UUID.fromString(intakeId)).update();

        assertProblem(sponsor(sponsorEmail).post("/api/recruitment/sponsor/applications/" + applicationId + "/endorsement",
                Map.of("decision", "ENDORSED", "comment", "Too late")), 409, "endorsement-deadline-passed");
        assertThat(sponsor(sponsorEmail).get("/api/recruitment/sponsor/applications").body().get(0).path("state").asString())
                .isEqualTo("DEADLINE_PASSED");
    }

    @Test
    void theSponsorsListTellsWithdrawnAndOverdueApartFromWhatAwaitsThem() {
        String sponsorEmail = "busy-" + UUID.randomUUID() + "@nhs.example";
        Map<String, Object> form = applicant();
        form.put("sponsor", Map.of("name", "Busy Sponsor", "email", sponsorEmail));
        String open = intakeRequiringSponsor(Instant.now().plus(2, ChronoUnit.DAYS));
        String overdue = intakeRequiringSponsor(Instant.now().plus(2, ChronoUnit.DAYS));
        Http withdrawing = asNewApplicant();
        String withdrawn = withdrawing.post("/api/recruitment/intakes/" + open + "/applications", form).text("id");
        assertThat(withdrawing.post("/api/recruitment/applications/" + withdrawn + "/withdraw", "").status()).isEqualTo(200);
        String late = asNewApplicant().post("/api/recruitment/intakes/" + overdue + "/applications", applicantNaming(sponsorEmail)).text("id");
        jdbc().sql("UPDATE intake SET endorsement_deadline = now() - interval '1 minute' WHERE id = :id")
                .param("id", UUID.fromString(overdue)).update();
        String waiting = asNewApplicant().post("/api/recruitment/intakes/" + open + "/applications", applicantNaming(sponsorEmail)).text("id");

        var list = sponsor(sponsorEmail).get("/api/recruitment/sponsor/applications").body();

        assertThat(list.findValuesAsString("applicationId")).containsExactly(waiting, late, withdrawn);
        assertThat(list.findValuesAsString("state")).containsExactly("AWAITING_YOU", "DEADLINE_PASSED", "WITHDRAWN");
    }

    private static Map<String, Object> applicantNaming(String sponsorEmail) {
        Map<String, Object> form = applicant();
        form.put("sponsor", Map.of("name", "Busy Sponsor", "email", sponsorEmail));
        return form;
    }

    private String intakeRequiringSponsor(Instant deadline) {
        Http manager = as("programme-manager");
        String schemeId = manager.post("/api/recruitment/schemes", Map.of("name", "ADoW", "ownerBody", "NHS England",
                "targetCohortSize", 15)).text("id");
        Instant now = Instant.now();
        assertProblem(manager.post("/api/recruitment/schemes/" + schemeId + "/intakes", Map.of("name", "No deadline",
                "places", 15, "opensAt", now.minus(1, ChronoUnit.HOURS).toString(),
                "closesAt", now.plus(1, ChronoUnit.DAYS).toString(), "sponsorRequired", true)), 400, "validation");
        String intakeId = manager.post("/api/recruitment/schemes/" + schemeId + "/intakes", Map.of("name", "Cohort 4",
                "places", 15, "opensAt", now.minus(1, ChronoUnit.HOURS).toString(),
                "closesAt", now.plus(1, ChronoUnit.DAYS).toString(), "sponsorRequired", true,
                "endorsementDeadline", deadline.toString())).text("id");
        manager.post("/api/recruitment/intakes/" + intakeId + "/open", "");
        return intakeId;
    }

    private Http sponsor(String email) {
        return anonymous.withToken(TestIdentity.token("sponsor", claims -> claims.claim("email", email)));
    }

    private org.springframework.jdbc.core.simple.JdbcClient jdbc() {
        return jdbc;
    }

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.jdbc.core.simple.JdbcClient jdbc;
}
