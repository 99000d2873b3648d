package org.ascend.recruitment;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.ascend.platform.test.Http;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.platform.test.TestIdentity;
import org.ascend.platform.test.TestInfrastructure;
import org.ascend.platform.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.ascend.recruitment.RecruitmentTestSupport.applicant;
import static org.ascend.recruitment.RecruitmentTestSupport.openIntake;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reasonable adjustments (Equality Act 2010 s.20): the applicant asks, the programme team sees and arranges; the
 * request appears in no assessor view, pack, export or event, and erasure deletes it.
 */
class AdjustmentsTest extends ServiceIntegrationTest {

    private static final String NEEDS = "British Sign Language interpreter at the assessment centre, step-free access";

    @Autowired
    JdbcClient jdbc;

    @Test
    void onlyTheApplicantAndTheProgrammeTeamEverSeeARequest() {
        String intakeId = openIntake(as("programme-manager"));
        String subject = "applicant-" + UUID.randomUUID();
        Http applicant = anonymous.withToken(TestIdentity.token("applicant", c -> c.subject(subject)));
        String applicationId = applicant.post("/api/recruitment/intakes/" + intakeId + "/applications", applicant()).text("id");

        var requested = applicant.put("/api/recruitment/applications/" + applicationId + "/adjustments", Map.of("needs", NEEDS));
        assertThat(requested.status()).isEqualTo(200);
        assertThat(as("applicant").put("/api/recruitment/applications/" + applicationId + "/adjustments",
                Map.of("needs", "not mine")).status()).as("someone else's application looks absent").isEqualTo(404);
        var manager = as("programme-manager");
        String requestId = manager.get("/api/recruitment/intakes/" + intakeId + "/adjustments").body().get(0).path("id").asString();
        assertThat(manager.post("/api/recruitment/adjustments/" + requestId + "/arranged",
                Map.of("arranged", "Interpreter booked; ground-floor room")).text("arranged")).isEqualTo("Interpreter booked; ground-floor room");
        assertThat(applicant.get("/api/recruitment/applications/" + applicationId + "/adjustments").text("arranged"))
                .isEqualTo("Interpreter booked; ground-floor room");

        assertThat(as("assessor").get("/api/recruitment/applications/" + applicationId + "/adjustments").status()).isEqualTo(403);
        assertThat(as("moderator").get("/api/recruitment/intakes/" + intakeId + "/adjustments").status()).isEqualTo(403);
        var pack = anonymous.withToken(TestIdentity.token("service")).get("/api/recruitment/applications/" + applicationId + "/pack");
        assertThat(pack.status()).isEqualTo(200);
        assertThat(pack.body().toString()).doesNotContain("Sign Language", "Interpreter");
        assertThat(manager.get("/api/recruitment/applications/" + applicationId).body().toString()).doesNotContain("Sign Language");
        String export = manager.get("/api/recruitment/intakes/" + intakeId + "/applications/export").body().asString();
        assertThat(export).contains(applicationId).doesNotContain("Sign Language", "Interpreter");
        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), Topics.APPLICATION, Topics.CONFLICT, Topics.EQUALITY)) {
            var records = probe.pollUntil(seen -> seen.stream().filter(r -> applicationId.equals(r.key())).count() >= 3,
                    Duration.ofSeconds(30));
            assertThat(records).filteredOn(r -> applicationId.equals(r.key()))
                    .noneMatch(r -> new String(r.value()).contains("Sign Language"));
        }

        assertThat(applicant.post("/api/recruitment/me/erasure", Map.of("confirm", true)).status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM adjustment_request WHERE needs LIKE '%Sign Language%' AND application_id = :id")
                .param("id", UUID.fromString(applicationId)).query(Long.class).single()).as("erased").isZero();
    }
}
