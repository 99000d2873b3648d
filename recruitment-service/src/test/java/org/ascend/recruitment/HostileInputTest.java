package org.ascend.recruitment;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.ascend.platform.test.Http;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.ascend.recruitment.RecruitmentTestSupport.applicant;
import static org.ascend.recruitment.RecruitmentTestSupport.openIntake;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the platform's input guard and error pages do for every service (platform-starter), checked on
 * this one directly, without the gateway: every refusal is a 4xx problem+json and changes nothing.
 */
class HostileInputTest extends ServiceIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNulCharacterInABodyIsA400AndStoresNothing() {
        String intakeId = openIntake(as("programme-manager"));
        var body = new HashMap<>(applicant());
        body.put("currentRole", "Head\u0000of People");
        var applicant = asNewApplicant();

        var response = applicant.post("/api/recruitment/intakes/" + intakeId + "/applications", body);

        assertProblem(response, 400, "urn:ascend:problem:nul-character");
        assertThat(jdbc.sql("select count(*) from application where intake_id = ?::uuid").param(intakeId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anEscapedBackslashBeforeU0000IsOrdinaryText() {
        var response = as("programme-manager").post("/api/recruitment/schemes",
                "{\"name\":\"Path C:\\\\u0000 is text\",\"ownerBody\":\"NHS England\",\"targetCohortSize\":5}");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.text("name")).isEqualTo("Path C:\\u0000 is text");
    }

    @Test
    void aNulCharacterInTheQueryIsA400() {
        String intakeId = openIntake(as("programme-manager"));

        var response = as("programme-manager").get("/api/recruitment/intakes/" + intakeId + "/applications?q=ab%00c");

        assertProblem(response, 400, "urn:ascend:problem:nul-character");
    }

    /** Found by the bad-input suite: the container's parameter parsing failed on these mid-request, a 500. */
    @Test
    void aQueryThatIsNotPercentEncodedUtf8IsA400() {
        for (String query : new String[] {"schemeId=%FF", "schemeId=%C3%28", "schemeId=ok&region=%ED%A0%80"}) {
            var response = as("programme-manager").get("/api/recruitment/intakes?" + query);

            assertProblem(response, 400, "urn:ascend:problem:invalid-query");
        }
    }

    @Test
    void bodiesThatAreNotJsonAre415() {
        for (String type : new String[] {"application/*", "*/*", "text/plain", "application/xml", "not a type"}) {
            var response = as("programme-manager").send("POST", "/api/recruitment/schemes", Map.of("Content-Type", type),
                    java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}"));
            assertProblem(response, 415, "urn:ascend:problem:unsupported-media-type");
        }
    }

    /** What the gateway forwards for a POST without a body (curl -X POST): an empty chunked body, no Content-Type. */
    @Test
    void anEmptyChunkedBodyWithoutContentTypeIsNoBody() {
        var pm = as("programme-manager");
        String schemeId = RecruitmentTestSupport.createScheme(pm);
        java.time.Instant now = java.time.Instant.now();
        String intakeId = RecruitmentTestSupport.createIntake(pm, schemeId, now.minusSeconds(3600), now.plusSeconds(86400));

        var opened = pm.send("POST", "/api/recruitment/intakes/" + intakeId + "/open", Map.of(), Http.chunked(new byte[0]));

        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(200);
    }

    @Test
    void aChunkedBodyOverTheLimitIs413() {
        byte[] body = ("{\"name\":\"" + "x".repeat(300 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        var response = as("programme-manager").send("POST", "/api/recruitment/schemes",
                Map.of("Content-Type", "application/json"), Http.chunked(body));

        assertProblem(response, 413, "urn:ascend:problem:body-too-large");
    }

    @Test
    void requestsTomcatRefusesItselfAreProblemsToo() {
        for (String path : new String[] {"/api/recruitment/schemes%2Fx", "/api/recruitment/schemes/%00",
                "/api/recruitment/schemes;jsessionid=1"}) {
            var response = as("programme-manager").get(path);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
            assertThat(response.body().has("instance")).as("no null fields: " + path).isFalse();
        }
        var trace = as("programme-manager").send("TRACE", "/api/recruitment/schemes", Map.of());
        assertThat(trace.status()).isEqualTo(405);
        assertThat(trace.contentType()).startsWith("application/problem+json");
    }

    @Test
    void conversionErrorsSayWhatAParameterAcceptsAndNameNoJavaClass() {
        String intakeId = openIntake(as("programme-manager"));
        var pm = as("programme-manager");

        var badId = pm.get("/api/recruitment/schemes/not-a-uuid");
        var badFilter = pm.get("/api/recruitment/intakes/" + intakeId + "/applications?endorsement=MAYBE&eligible=perhaps");
        var badPatterns = pm.get("/api/recruitment/intakes/" + intakeId + "/applications?region=ZZ&status=LOST");
        var badBody = pm.post("/api/recruitment/schemes", Map.of("name", "x", "ownerBody", "y", "targetCohortSize", "many"));

        assertThat(badId.text("detail")).contains("'id'", "a UUID");
        assertThat(badFilter.body().path("errors").toString())
                .contains("\"field\":\"endorsement\"", "one of NOT_REQUESTED, PENDING, ENDORSED, DECLINED",
                        "\"field\":\"eligible\"", "true or false");
        assertThat(badPatterns.body().path("errors").toString()).contains("\"field\":\"region\"", "\"field\":\"status\"")
                .doesNotContain("\"filter\"");
        assertThat(badBody.body().path("errors").toString()).contains("targetCohortSize", "a whole number");
        for (var response : new Http.Response[] {badId, badFilter, badPatterns, badBody}) {
            assertProblem(response, 400, "urn:ascend:problem:" + (response == badBody ? "unreadable-body" : "validation"));
            assertThat(response.body().toString()).doesNotContain("java.", "Failed to convert");
        }
    }

    private static void assertProblem(Http.Response response, int status, String type) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("type")).isEqualTo(type);
    }
}
