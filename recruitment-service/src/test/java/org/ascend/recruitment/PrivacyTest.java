package org.ascend.recruitment;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ascend.platform.test.EventContracts;
import org.ascend.platform.test.Http;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.platform.test.TestIdentity;
import org.ascend.platform.test.TestInfrastructure;
import org.ascend.platform.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.ascend.recruitment.RecruitmentApiTest.assertProblem;
import static org.ascend.recruitment.RecruitmentTestSupport.applicant;
import static org.ascend.recruitment.RecruitmentTestSupport.openIntake;
import static org.assertj.core.api.Assertions.assertThat;

/** Erasure, retention and subject access (UK GDPR Arts. 15 and 17; docs/domain.md §2). */
class PrivacyTest extends ServiceIntegrationTest {

    private static final String ERASED = "org.ascend.recruitment.applicant-erased.v1";

    @Autowired
    JdbcClient jdbc;

    @Test
    void anErasedPersonsNameIsInNoResponseAndNoEvent() {
        String subject = "applicant-" + UUID.randomUUID();
        String sponsorEmail = "sponsor-" + UUID.randomUUID() + "@nhs.example";
        Http applicant = applicantCalled(subject);
        String intakeId = openIntake(as("programme-manager"));
        String applicationId = submit(applicant, intakeId, "Eleri", "Vandersloot", sponsorEmail);
        assertThat(applicant.put("/api/recruitment/applications/" + applicationId + "/equality",
                Map.of("ethnicCategory", "C", "religionBelief", "JEWISH")).status()).isEqualTo(200);
        assertThat(applicant.put("/api/recruitment/intakes/" + openIntake(as("programme-manager")) + "/draft",
                Map.of("givenName", "Eleri", "familyName", "Vandersloot")).status()).isEqualTo(200);

        String erase = "/api/recruitment/applicants/" + subject + "/erasure";
        assertProblem(as("platform-admin").post(erase, Map.of("confirm", false, "requestReference", "DSAR-1")), 400, "validation");
        assertProblem(as("platform-admin").post(erase, Map.of("confirm", true)), 400, "validation");
        assertThat(as("programme-manager").get("/api/recruitment/applications/" + applicationId).body().toString())
                .as("a refused erasure changes nothing").contains("Vandersloot");

        var erased = as("platform-admin").post(erase, Map.of("confirm", true, "requestReference", "DSAR-2026-0142"));
        assertThat(erased.status()).as(erased.body().toString()).isEqualTo(200);
        assertThat(erased.body().path("applicationsAnonymised").asInt()).isEqualTo(1);
        String erasureId = erased.text("erasureId");

        Http manager = as("programme-manager");
        Http sponsor = anonymous.withToken(TestIdentity.token("sponsor", c -> c.claim("email", sponsorEmail)));
        var everywhere = List.of(
                manager.get("/api/recruitment/applications/" + applicationId),
                manager.get("/api/recruitment/intakes/" + intakeId + "/applications"),
                manager.get("/api/recruitment/intakes/" + intakeId + "/applications?q=Vander"),
                manager.get("/api/recruitment/intakes/" + intakeId + "/applications/export"),
                sponsor.get("/api/recruitment/sponsor/applications"),
                sponsor.get("/api/recruitment/sponsor/applications/" + applicationId),
                sponsor.get("/api/recruitment/me/data"),
                applicant.get("/api/recruitment/me/data"),
                anonymous.withToken(TestIdentity.token("service")).get("/api/recruitment/applications/" + applicationId + "/pack"));
        everywhere.forEach(response -> assertThat(response.body().toString()).doesNotContain("Eleri", "Vandersloot"));
        assertThat(manager.get("/api/recruitment/applications/" + applicationId).body().path("anonymisedAt").isNull()).isFalse();
        assertThat(applicant.get("/api/recruitment/applications/" + applicationId).status())
                .as("the link to the person's login is gone too").isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM equality_monitoring WHERE applicant_subject = :s").param("s", subject)
                .query(Long.class).single()).isZero();

        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), "ascend.recruitment.applicant.v1",
                "ascend.recruitment.application.v1")) {
            var seen = probe.pollUntil(records -> records.stream().anyMatch(r -> erasureId.equals(r.key())), Duration.ofSeconds(30));
            ConsumerRecord<String, byte[]> event = seen.stream().filter(r -> erasureId.equals(r.key())).findFirst().orElseThrow();
            assertThat(TopicProbe.header(event, "ce_type")).isEqualTo(ERASED);
            assertThat(EventContracts.validate(ERASED, event.value())).isEmpty();
            assertThat(new String(event.value())).contains(applicationId, "ERASURE_REQUEST");
            int erasedAt = seen.indexOf(event);
            seen.stream().skip(erasedAt).forEach(later ->
                    assertThat(new String(later.value())).as("no later event names them").doesNotContain("Eleri", "Vandersloot"));
        }

        var audit = as("platform-admin").get("/api/recruitment/audit?limit=1000").body().toString();
        assertThat(audit).contains("applicant.erase");
    }

    @Test
    void anApplicantCanEraseThemselvesOnceTheyConfirm() {
        Http applicant = asNewApplicant();
        String applicationId = submit(applicant, openIntake(as("programme-manager")), "Tomasz", "Wierzbicki",
                "s-" + UUID.randomUUID() + "@nhs.example");
        assertProblem(applicant.post("/api/recruitment/me/erasure", Map.of()), 400, "validation");
        assertThat(applicant.get("/api/recruitment/applications/" + applicationId).status()).isEqualTo(200);

        var erased = applicant.post("/api/recruitment/me/erasure", Map.of("confirm", true));
        assertThat(erased.status()).as(erased.body().toString()).isEqualTo(200);
        assertThat(applicant.get("/api/recruitment/applications/" + applicationId).status()).isEqualTo(404);
        assertThat(as("programme-manager").get("/api/recruitment/applications/" + applicationId).body().toString())
                .doesNotContain("Tomasz", "Wierzbicki");
    }

    @Test
    void retentionAnonymisesUnsuccessfulApplicationsOnlyOnceTheSchemesPeriodHasPassed() {
        String intakeId = openIntake(as("programme-manager"));
        Http withdrawing = asNewApplicant();
        String withdrawn = submit(withdrawing, intakeId, "Saoirse", "Ni Bhriain", "s-" + UUID.randomUUID() + "@nhs.example");
        assertThat(withdrawing.post("/api/recruitment/applications/" + withdrawn + "/withdraw", "").status()).isEqualTo(200);
        String active = submit(asNewApplicant(), intakeId, "Kwame", "Mensah-Bonsu", "s-" + UUID.randomUUID() + "@nhs.example");

        closedMonthsAgo(intakeId, 5);
        runRetention();
        assertThat(nameOf(withdrawn)).as("within the default 6 months: kept").isEqualTo("Ni Bhriain");

        closedMonthsAgo(intakeId, 7);
        assertProblem(as("programme-manager").post("/api/recruitment/retention/run", ""), 403, "forbidden");
        assertThat(runRetention()).isPositive();
        assertThat(nameOf(withdrawn)).as("unsuccessful and past retention: anonymised").isNull();
        assertThat(nameOf(active)).as("still in the process: kept").isEqualTo("Mensah-Bonsu");
        assertThat(as("programme-manager").get("/api/recruitment/applications/" + withdrawn).body().toString())
                .doesNotContain("Saoirse", "Ni Bhriain");
        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), "ascend.recruitment.applicant.v1")) {
            var event = probe.pollUntil(records -> records.stream().anyMatch(r -> new String(r.value()).contains(withdrawn)),
                    Duration.ofSeconds(30)).stream().filter(r -> new String(r.value()).contains(withdrawn)).findFirst().orElseThrow();
            assertThat(EventContracts.validate(ERASED, event.value())).isEmpty();
            assertThat(new String(event.value())).contains("RETENTION_EXPIRED");
        }
    }

    @Test
    void subjectAccessIsOneDownloadOfEverythingHeld() {
        Http applicant = asNewApplicant();
        String applicationId = submit(applicant, openIntake(as("programme-manager")), "Hamid", "Rahimi",
                "s-" + UUID.randomUUID() + "@nhs.example");
        applicant.put("/api/recruitment/applications/" + applicationId + "/equality",
                Map.of("ethnicCategory", "K", "sexualOrientation", "GAY_OR_LESBIAN"));
        String draftIntake = openIntake(as("programme-manager"));
        applicant.put("/api/recruitment/intakes/" + draftIntake + "/draft", Map.of("currentRole", "Head of Resourcing"));

        var download = applicant.get("/api/recruitment/me/data");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Disposition")).contains("attachment", ".json");
        var data = download.body();
        assertThat(data.path("applications").findValuesAsString("id")).containsExactly(applicationId);
        assertThat(data.path("applications").toString()).contains("Hamid", "Rahimi");
        assertThat(data.path("equalityMonitoring").toString()).contains("GAY_OR_LESBIAN", "\"K\"");
        assertThat(data.path("drafts").toString()).contains(draftIntake, "Head of Resourcing");
        assertThat(data.path("myRequests").findValuesAsString("action")).contains("application.submit");
    }

    private Http applicantCalled(String subject) {
        return anonymous.withToken(TestIdentity.token("applicant", c -> c.subject(subject)));
    }

    private static String submit(Http applicant, String intakeId, String givenName, String familyName, String sponsorEmail) {
        Map<String, Object> form = applicant();
        form.put("givenName", givenName);
        form.put("familyName", familyName);
        form.put("sponsor", Map.of("name", "Named Sponsor", "email", sponsorEmail));
        var response = applicant.post("/api/recruitment/intakes/" + intakeId + "/applications", form);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return response.text("id");
    }

    private void closedMonthsAgo(String intakeId, int months) {
        jdbc.sql("""
                UPDATE intake SET status = 'CLOSED', opens_at = now() - make_interval(months => :m + 1),
                    closes_at = now() - make_interval(months => :m)
                WHERE id = :id""").param("m", months).param("id", UUID.fromString(intakeId)).update();
    }

    private int runRetention() {
        var run = as("platform-admin").post("/api/recruitment/retention/run", "");
        assertThat(run.status()).as(run.body().toString()).isEqualTo(200);
        return run.body().path("applicationsAnonymised").asInt();
    }

    private String nameOf(String applicationId) {
        return jdbc.sql("SELECT family_name FROM application WHERE id = :id").param("id", UUID.fromString(applicationId))
                .query(String.class).list().get(0);
    }
}
