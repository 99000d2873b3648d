package org.ascend.recruitment;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ascend.platform.test.BadTokens;
import org.ascend.platform.test.EventContracts;
import org.ascend.platform.test.Http;
import org.ascend.platform.test.TestInfrastructure;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.platform.test.TestIdentity;
import org.ascend.platform.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.ascend.recruitment.RecruitmentTestSupport.applicant;
import static org.ascend.recruitment.RecruitmentTestSupport.createIntake;
import static org.ascend.recruitment.RecruitmentTestSupport.createScheme;
import static org.ascend.recruitment.RecruitmentTestSupport.openIntake;
import static org.assertj.core.api.Assertions.assertThat;

class RecruitmentApiTest extends ServiceIntegrationTest {

    private static final String APPLICATION_TOPIC = "ascend.recruitment.application.v1";

    @Autowired
    JdbcClient jdbc;

    @Test
    void submittedApplicationGoesOutAsCloudEventMatchingItsContract() {
        String intakeId = openIntake(programmeManager());
        var applicant = asNewApplicant();
        String traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        var submitted = applicant.post("/api/recruitment/intakes/" + intakeId + "/applications", applicant(),
                Map.of("X-Correlation-Id", "submit-trace-1", "traceparent", traceparent));

        assertThat(submitted.status()).isEqualTo(201);
        assertThat(submitted.text("status")).isEqualTo("SUBMITTED");
        String applicationId = submitted.text("id");
        assertThat(applicant.get("/api/recruitment/applications/" + applicationId).status()).isEqualTo(200);

        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), APPLICATION_TOPIC)) {
            String submittedType = "org.ascend.recruitment.application-submitted.v1";
            ConsumerRecord<String, byte[]> event = probe.pollUntil(seen -> seen.stream().anyMatch(r -> applicationId.equals(r.key())
                            && submittedType.equals(TopicProbe.header(r, "ce_type"))), Duration.ofSeconds(30))
                    .stream().filter(r -> applicationId.equals(r.key()))
                    .filter(r -> submittedType.equals(TopicProbe.header(r, "ce_type"))).findFirst().orElseThrow();

            assertThat(TopicProbe.header(event, "ce_specversion")).isEqualTo("1.0");
            assertThat(TopicProbe.header(event, "ce_type")).isEqualTo("org.ascend.recruitment.application-submitted.v1");
            assertThat(TopicProbe.header(event, "ce_source")).isEqualTo("/ascend/recruitment-service");
            assertThat(TopicProbe.header(event, "ce_subject")).isEqualTo(applicationId);
            assertThat(TopicProbe.header(event, "ce_id")).isNotBlank();
            assertThat(TopicProbe.header(event, "ce_aggregateversion")).isEqualTo("1");
            assertThat(TopicProbe.header(event, "content-type")).isEqualTo("application/json");
            assertThat(TopicProbe.header(event, "ce_correlationid")).isEqualTo("submit-trace-1");
            // The caller's trace goes on through the outbox: same trace id, the producer span as parent.
            assertThat(TopicProbe.header(event, "traceparent"))
                    .matches("00-0af7651916cd43dd8448eb211c80319c-[0-9a-f]{16}-01").isNotEqualTo(traceparent);
            assertThat(EventContracts.validate("org.ascend.recruitment.application-submitted.v1", event.value())).isEmpty();

            // No Java class names and no personal data on the wire.
            String wire = new String(event.value()) + headersAsText(event);
            assertThat(wire).doesNotContain("org.ascend.recruitment.application.events", "__TypeId__",
                    "Amara", "Okafor", "@nhs.example", "RR8");
        }
        // The employer goes only to the restricted topic the assessment allocator reads, and nothing else of the person.
        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), "ascend.recruitment.conflict.v1")) {
            String type = "org.ascend.recruitment.applicant-employer-recorded.v1";
            var employer = probe.pollUntil(seen -> seen.stream().anyMatch(r -> applicationId.equals(r.key())), Duration.ofSeconds(30))
                    .stream().filter(r -> applicationId.equals(r.key())).findFirst().orElseThrow();
            assertThat(TopicProbe.header(employer, "ce_type")).isEqualTo(type);
            assertThat(EventContracts.validate(type, employer.value())).isEmpty();
            assertThat(new String(employer.value())).contains("\"RR8\"").doesNotContain("Amara", "Okafor", "@nhs.example");
        }
    }

    @Test
    void intakeEventsMatchTheirContracts() {
        String intakeId = openIntake(programmeManager());
        assertThat(programmeManager().post("/api/recruitment/intakes/" + intakeId + "/close", "").status()).isEqualTo(200);

        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), "ascend.recruitment.intake.v1")) {
            List<ConsumerRecord<String, byte[]>> events = probe.pollUntil(
                    seen -> seen.stream().filter(r -> intakeId.equals(r.key())).count() == 2, Duration.ofSeconds(30))
                    .stream().filter(r -> intakeId.equals(r.key())).toList();
            assertThat(events).extracting(r -> TopicProbe.header(r, "ce_type")).containsExactly(
                    "org.ascend.recruitment.intake-opened.v1", "org.ascend.recruitment.intake-closed.v1");
            for (var event : events) {
                assertThat(EventContracts.validate(TopicProbe.header(event, "ce_type"), event.value())).isEmpty();
            }
        }
    }

    @Test
    void retryWithTheSameIdempotencyKeyReturnsTheOriginalApplication() {
        String intakeId = openIntake(programmeManager());
        var body = applicant();
        var key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        var http = asNewApplicant();

        var first = http.post("/api/recruitment/intakes/" + intakeId + "/applications", body, key);
        var retry = http.post("/api/recruitment/intakes/" + intakeId + "/applications", body, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.text("id")).isEqualTo(first.text("id"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(applicationsIn(intakeId)).isEqualTo(1);

        var otherBody = applicant();
        var reused = http.post("/api/recruitment/intakes/" + intakeId + "/applications", otherBody, key);
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.text("type")).isEqualTo("urn:ascend:problem:idempotency-key-reused");
        assertThat(applicationsIn(intakeId)).isEqualTo(1);
    }

    @Test
    void onePersonAppliesOncePerIntake() {
        String intakeId = openIntake(programmeManager());
        var body = applicant();
        var http = asNewApplicant();
        assertThat(http.post("/api/recruitment/intakes/" + intakeId + "/applications", body).status()).isEqualTo(201);

        var second = http.post("/api/recruitment/intakes/" + intakeId + "/applications", body);

        assertProblem(second, 409, "duplicate-application");
        assertThat(applicationsIn(intakeId)).isEqualTo(1);
    }

    @Test
    void missingAndMalformedFieldsAreRefusedWithFieldErrors() {
        String intakeId = openIntake(programmeManager());
        var http = asNewApplicant();
        var body = applicant();
        body.remove("givenName");
        body.put("regionCode", "Narnia");
        body.put("applicantEmail", "not-an-email");

        var response = http.post("/api/recruitment/intakes/" + intakeId + "/applications", body);

        assertProblem(response, 400, "validation");
        assertThat(response.body().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("givenName", "regionCode", "applicantEmail");
        assertThat(applicationsIn(intakeId)).isZero();
    }

    @Test
    void theRoleIsCheckedBeforeTheBodySoTheWrongRoleLearnsNothingFromValidation() {
        assertProblem(as("applicant").post("/api/recruitment/schemes", Map.of("name", "")), 403, "forbidden");
        assertProblem(as("assessor").post("/api/recruitment/intakes/" + UUID.randomUUID() + "/applications",
                Map.of("givenName", "Sam")), 403, "forbidden");
        assertProblem(as("programme-manager").post("/api/recruitment/schemes", Map.of("name", "")), 400, "validation");
        // Rules on the controller class, not the method, are checked first too.
        assertProblem(as("applicant").post("/api/recruitment/sponsor/applications/" + UUID.randomUUID() + "/endorsement",
                Map.of()), 403, "forbidden");
        assertProblem(as("assessor").put("/api/recruitment/intakes/" + UUID.randomUUID() + "/draft", "[1]"), 403, "forbidden");
        assertProblem(as("sponsor").post("/api/recruitment/intakes/not-an-id/applications", "{"), 403, "forbidden");
    }

    @Test
    void wrongTypesAndBrokenJsonAreRefused() {
        var http = programmeManager();
        String schemeId = createScheme(http);
        var wrongType = http.post("/api/recruitment/schemes/" + schemeId + "/intakes",
                Map.of("name", "Cohort 5", "places", "fifteen", "opensAt", "2030-01-01T00:00:00Z",
                        "closesAt", "2030-02-01T00:00:00Z"));
        assertProblem(wrongType, 400, "unreadable-body");
        assertThat(wrongType.body().path("errors").findValuesAsString("field")).containsExactly("places");

        assertProblem(http.post("/api/recruitment/schemes", "{\"name\": "), 400, "unreadable-body");
        assertProblem(http.get("/api/recruitment/intakes/not-a-uuid"), 400, "validation");
        assertThat(jdbc.sql("SELECT count(*) FROM intake WHERE scheme_id = :id").param("id", UUID.fromString(schemeId))
                .query(Long.class).single()).isZero();
    }

    @Test
    void unknownDraftAndClosedIntakesTakeNoApplications() {
        var manager = programmeManager();
        var applicant = asNewApplicant();
        assertProblem(applicant.post("/api/recruitment/intakes/" + UUID.randomUUID() + "/applications", applicant()),
                404, "not-found");

        Instant now = Instant.now();
        String draft = createIntake(manager, createScheme(manager), now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.DAYS));
        assertProblem(applicant.post("/api/recruitment/intakes/" + draft + "/applications", applicant()), 409, "intake-not-open");

        String closed = openIntake(manager);
        manager.post("/api/recruitment/intakes/" + closed + "/close", "");
        assertProblem(applicant.post("/api/recruitment/intakes/" + closed + "/applications", applicant()), 409, "intake-not-open");

        String windowPassed = createIntake(manager, createScheme(manager), now.minus(2, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS));
        manager.post("/api/recruitment/intakes/" + windowPassed + "/open", "");
        assertProblem(applicant.post("/api/recruitment/intakes/" + windowPassed + "/applications", applicant()), 409, "intake-not-open");

        assertThat(applicationsIn(draft) + applicationsIn(closed) + applicationsIn(windowPassed)).isZero();
    }

    @Test
    void oversizedBodyIsRefusedBeforeItIsRead() {
        String intakeId = openIntake(programmeManager());
        var body = applicant();
        body.put("currentRole", "x".repeat(300 * 1024));

        assertProblem(asNewApplicant().post("/api/recruitment/intakes/" + intakeId + "/applications", body), 413, "body-too-large");
        assertThat(applicationsIn(intakeId)).isZero();
    }

    @Test
    void errorsCarryTheCallersCorrelationId() {
        var response = asNewApplicant().post("/api/recruitment/intakes/" + UUID.randomUUID() + "/applications", applicant(),
                Map.of("X-Correlation-Id", "trace-abc-123"));
        assertThat(response.header("X-Correlation-Id")).isEqualTo("trace-abc-123");
        assertThat(response.text("correlationId")).isEqualTo("trace-abc-123");
    }

    @Test
    void withoutATokenNothingIsServedAndNothingChanges() {
        var response = anonymous.post("/api/recruitment/schemes", Map.of("name", "Anonymous", "ownerBody", "NHS England", "targetCohortSize", 5));
        assertProblem(response, 401, "unauthenticated");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(jdbc.sql("SELECT count(*) FROM scheme WHERE name = 'Anonymous'").query(Long.class).single()).isZero();
    }

    @Test
    void theServiceRefusesEveryBadTokenItselfAndATokenWithoutRolesGetsNothing() {
        BadTokens.all().forEach((flaw, authorization) -> {
            var response = anonymous.post("/api/recruitment/schemes", Map.of("name", "Bad " + flaw, "ownerBody", "NHS England", "targetCohortSize", 5),
                    authorization == null ? Map.of() : Map.of("Authorization", authorization));
            assertThat(response.status()).as(flaw).isEqualTo(401);
            assertThat(response.text("type")).as(flaw).isEqualTo("urn:ascend:problem:unauthenticated");
        });
        var noRoles = anonymous.withToken(TestIdentity.token("programme-manager", claims -> claims.claim("roles", null)));
        assertProblem(noRoles.post("/api/recruitment/schemes", Map.of("name", "Bad no roles", "ownerBody", "NHS England", "targetCohortSize", 5)),
                403, "forbidden");
        assertThat(jdbc.sql("SELECT count(*) FROM scheme WHERE name LIKE 'Bad %'").query(Long.class).single()).isZero();
    }

    @Test
    void onlyProgrammeManagersRunIntakesAndOnlyApplicantsApply() {
        assertProblem(as("applicant").post("/api/recruitment/schemes", Map.of("name", "Not mine", "ownerBody", "NHS England", "targetCohortSize", 5)),
                403, "forbidden");
        String intakeId = openIntake(programmeManager());
        assertProblem(as("assessor").post("/api/recruitment/intakes/" + intakeId + "/close", ""), 403, "forbidden");
        assertProblem(programmeManager().post("/api/recruitment/intakes/" + intakeId + "/applications", applicant()),
                403, "forbidden");
        assertThat(applicationsIn(intakeId)).isZero();
    }

    @Test
    void anApplicantSeesOnlyTheirOwnApplication() {
        String intakeId = openIntake(programmeManager());
        var owner = asNewApplicant();
        String applicationId = owner.post("/api/recruitment/intakes/" + intakeId + "/applications", applicant()).text("id");

        assertThat(owner.get("/api/recruitment/applications/" + applicationId).status()).isEqualTo(200);
        assertThat(programmeManager().get("/api/recruitment/applications/" + applicationId).status()).isEqualTo(200);
        assertProblem(asNewApplicant().get("/api/recruitment/applications/" + applicationId), 404, "not-found");
        assertProblem(as("assessor").get("/api/recruitment/applications/" + applicationId), 403, "forbidden");
    }

    @Test
    void anApplicantWithdrawsTheirOwnSubmittedApplicationOnce() {
        String intakeId = openIntake(programmeManager());
        var owner = asNewApplicant();
        String applicationId = owner.post("/api/recruitment/intakes/" + intakeId + "/applications", applicant()).text("id");
        String withdraw = "/api/recruitment/applications/" + applicationId + "/withdraw";

        assertProblem(asNewApplicant().post(withdraw, ""), 404, "not-found");
        assertProblem(programmeManager().post(withdraw, ""), 403, "forbidden");
        var withdrawn = owner.post(withdraw, "");
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.text("status")).isEqualTo("WITHDRAWN");
        assertProblem(owner.post(withdraw, ""), 409, "not-withdrawable");

        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), APPLICATION_TOPIC)) {
            var event = probe.pollUntil(seen -> seen.stream().anyMatch(r -> applicationId.equals(r.key())
                            && "org.ascend.recruitment.application-withdrawn.v1".equals(TopicProbe.header(r, "ce_type"))),
                    Duration.ofSeconds(30)).stream()
                    .filter(r -> "org.ascend.recruitment.application-withdrawn.v1".equals(TopicProbe.header(r, "ce_type")))
                    .filter(r -> applicationId.equals(r.key())).toList();
            assertThat(event).hasSize(1);
            assertThat(TopicProbe.header(event.get(0), "ce_aggregateversion")).isEqualTo("3"); // submitted 1, screened 2
            assertThat(EventContracts.validate("org.ascend.recruitment.application-withdrawn.v1", event.get(0).value())).isEmpty();
        }
    }

    private Http programmeManager() {
        return as("programme-manager");
    }

    private long applicationsIn(String intakeId) {
        return jdbc.sql("SELECT count(*) FROM application WHERE intake_id = :id")
                .param("id", UUID.fromString(intakeId)).query(Long.class).single();
    }

    static void assertProblem(Http.Response response, int status, String slug) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("type")).isEqualTo("urn:ascend:problem:" + slug);
        assertThat(response.text("detail")).isNotBlank();
        assertThat(response.body().toString()).doesNotContain("Exception", "org.ascend", "at java.");
    }

    private static String headersAsText(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new HashMap<>();
        record.headers().forEach(h -> headers.put(h.key(), new String(h.value())));
        return headers.toString();
    }
}
