package org.ascend.e2e;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.ascend.platform.test.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walking skeleton end to end: every service a separate process on real PostgreSQL, Kafka and
 * Redis, and nothing but the gateway between this test and them.
 */
@ExtendWith(LocalPlatform.Running.class)
class PlatformEndToEndTest {

    private static final Http anonymous = new Http(LocalPlatform.GATEWAY);
    private static Http programmeManager;
    private static Http analyst;

    @BeforeAll
    static void signIn() {
        programmeManager = anonymous.withToken(LocalPlatform.token("programme-manager"));
        analyst = anonymous.withToken(LocalPlatform.token("analyst"));
    }

    @Test
    void applicationsSubmittedThroughTheGatewayReachEveryService() {
        var scheme = programmeManager.post("/api/recruitment/schemes",
                Map.of("name", "High Potential Scheme pilot", "ownerBody", "NHS England", "targetCohortSize", 20));
        assertThat(scheme.status()).isEqualTo(201);
        Instant now = Instant.now();
        var intake = programmeManager.post("/api/recruitment/schemes/" + scheme.text("id") + "/intakes", Map.of(
                "name", "Pilot cohort 1", "places", 20,
                "opensAt", now.minus(1, ChronoUnit.MINUTES).toString(),
                "closesAt", now.plus(30, ChronoUnit.DAYS).toString()));
        assertThat(intake.status()).isEqualTo(201);
        String intakeId = intake.text("id");
        assertThat(programmeManager.post("/api/recruitment/intakes/" + intakeId + "/open", "").status()).isEqualTo(200);

        String[] applicants = {"applicant", "applicant-2", "applicant-3"};
        String[] regions = {"Y63", "Y56", "Y60"};
        for (int i = 0; i < applicants.length; i++) {
            Http applicant = anonymous.withToken(LocalPlatform.token(applicants[i]));
            String region = regions[i];
            String key = UUID.randomUUID().toString();
            Map<String, Object> application = Map.of("applicantEmail", "applicant-" + key + "@nhs.example",
                    "givenName", "Sam", "familyName", "Patel", "regionCode", region, "band", "8d",
                    "organisationCode", "RJ1", "organisationType", "ACUTE_TRUST", "profession", "HR_AND_ORGANISATIONAL_DEVELOPMENT",
                    "currentRole", "Associate Director of Workforce");
            var first = applicant.post("/api/recruitment/intakes/" + intakeId + "/applications", application,
                    Map.of("Idempotency-Key", key));
            var retry = applicant.post("/api/recruitment/intakes/" + intakeId + "/applications", application,
                    Map.of("Idempotency-Key", key));
            assertThat(first.status()).isEqualTo(201);
            assertThat(retry.text("id")).isEqualTo(first.text("id"));
        }

        JsonNode funnel = awaitFunnel(intakeId, 3, 3);
        assertThat(funnel.path("places").asInt()).isEqualTo(20);
        assertThat(count(funnel, "applied")).isEqualTo(3);
        assertThat(count(funnel, "eligible")).as("screened by recruitment: no eligibility rules").isEqualTo(3);

        assertThat(programmeManager.get("/api/assessment/cases?intakeId=" + intakeId).body().size()).isEqualTo(3);
        var places = programmeManager.get("/api/cohorts/intakes/" + intakeId);
        assertThat(places.status()).isEqualTo(200);
        assertThat(places.body().path("places").asInt()).isEqualTo(20);
    }

    @Test
    void badInputIsAProblemThroughTheGateway() {
        var response = anonymous.withToken(LocalPlatform.token("applicant"))
                .post("/api/recruitment/intakes/" + UUID.randomUUID() + "/applications", Map.of("givenName", "Sam"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().path("errors").findValuesAsString("field")).contains("applicantEmail", "regionCode");
        assertThat(response.header("X-Correlation-Id")).isEqualTo(response.text("correlationId"));
    }

    @Test
    void noTokenNoEntryAndTheWrongRoleIsRefused() {
        var anonymousCall = anonymous.get("/api/reporting/intakes/" + UUID.randomUUID() + "/funnel");
        assertThat(anonymousCall.status()).isEqualTo(401);
        assertThat(anonymousCall.contentType()).startsWith("application/problem+json");

        var applicantCall = anonymous.withToken(LocalPlatform.token("applicant"))
                .post("/api/recruitment/schemes", Map.of("name", "Not allowed", "targetCohortSize", 5));
        assertThat(applicantCall.status()).isEqualTo(403);
        assertThat(applicantCall.text("type")).isEqualTo("urn:ascend:problem:forbidden");
    }

    private static JsonNode awaitFunnel(String intakeId, long applied, long eligible) {
        return Awaitility.await("the funnel counts " + applied + " applied, " + eligible + " eligible").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> analyst.get("/api/reporting/intakes/" + intakeId + "/funnel"), r -> r.status() == 200 && count(r.body(), "applied") >= applied
                        && count(r.body(), "eligible") >= eligible).body();
    }

    private static long count(JsonNode funnel, String stage) {
        for (JsonNode s : funnel.path("stages")) {
            if (stage.equals(s.path("stage").asString())) {
                return s.path("count").asLong();
            }
        }
        return -1;
    }
}
