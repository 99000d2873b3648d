package org.ascend.assessment;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ascend.platform.test.CloudEventRecords;
import org.ascend.platform.test.EventContracts;
import org.awaitility.Awaitility;
import org.ascend.platform.test.Http;
import org.ascend.platform.test.TestInfrastructure;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.platform.test.TopicProbe;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentConsumerTest extends ServiceIntegrationTest {

    private static final String TOPIC = "ascend.recruitment.application.v1";
    private static final String TYPE = "org.ascend.recruitment.application-submitted.v1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void submittedApplicationOpensOnePendingSiftCaseEvenWhenDeliveredTwice() {
        String intakeId = UUID.randomUUID().toString();
        String applicationId = UUID.randomUUID().toString();
        var record = CloudEventRecords.binary(TOPIC, applicationId, TYPE, submitted(applicationId, intakeId));

        TopicProbe.send(TestInfrastructure.kafka(), record);
        TopicProbe.send(TestInfrastructure.kafka(), record);

        var cases = awaitCases(intakeId, 1);
        assertThat(cases.status()).isEqualTo(200);
        assertThat(cases.body().size()).isEqualTo(1);
        assertThat(cases.body().get(0).path("status").asString()).isEqualTo("PENDING");
        assertThat(cases.body().get(0).path("stage").asString()).isEqualTo("SIFT");

        // A later event for the same application (e.g. republished with a new id) opens no second case.
        TopicProbe.send(TestInfrastructure.kafka(), CloudEventRecords.binary(TOPIC, applicationId, TYPE,
                submitted(applicationId, intakeId)));
        String marker = UUID.randomUUID().toString();
        TopicProbe.send(TestInfrastructure.kafka(), CloudEventRecords.binary(TOPIC, marker, TYPE,
                submitted(marker, intakeId)));
        assertThat(awaitCases(intakeId, 2).body().size()).isEqualTo(2);
    }

    @Test
    void openedCaseIsPublishedMatchingItsContractUnderTheIncomingCorrelationId() {
        String intakeId = UUID.randomUUID().toString();
        String applicationId = UUID.randomUUID().toString();
        var incoming = CloudEventRecords.binary(TOPIC, applicationId, TYPE, submitted(applicationId, intakeId));
        incoming.headers().add("ce_correlationid", "started-at-the-gateway".getBytes(StandardCharsets.UTF_8));
        TopicProbe.send(TestInfrastructure.kafka(), incoming);
        String caseId = awaitCases(intakeId, 1).body().get(0).path("id").asString();

        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), "ascend.assessment.case.v1")) {
            ConsumerRecord<String, byte[]> event = probe.pollUntil(
                    seen -> seen.stream().anyMatch(r -> caseId.equals(r.key())), Duration.ofSeconds(30))
                    .stream().filter(r -> caseId.equals(r.key())).findFirst().orElseThrow();
            assertThat(TopicProbe.header(event, "ce_type")).isEqualTo("org.ascend.assessment.case-opened.v1");
            assertThat(EventContracts.validate("org.ascend.assessment.case-opened.v1", event.value())).isEmpty();
            assertThat(TopicProbe.header(event, "ce_correlationid")).isEqualTo("started-at-the-gateway");
        }
    }

    @Test
    void malformedRecordsGoToTheDeadLetterTopicAndThePartitionKeepsFlowing() {
        String key = UUID.randomUUID().toString();
        String intakeId = UUID.randomUUID().toString();
        // Same key, so all three land on one partition in this order.
        TopicProbe.send(TestInfrastructure.kafka(), CloudEventRecords.withoutEnvelope(TOPIC, key, "not a cloud event"));
        TopicProbe.send(TestInfrastructure.kafka(), CloudEventRecords.binary(TOPIC, key, TYPE,
                "{broken json".getBytes(StandardCharsets.UTF_8)));
        TopicProbe.send(TestInfrastructure.kafka(), CloudEventRecords.binary(TOPIC, key, TYPE,
                submitted(key, intakeId)));

        assertThat(awaitCases(intakeId, 1).body().size()).isEqualTo(1);
        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), TOPIC + ".dlt")) {
            List<ConsumerRecord<String, byte[]>> dead = probe.pollUntil(
                    seen -> seen.stream().filter(r -> key.equals(r.key())).count() >= 2, Duration.ofSeconds(30))
                    .stream().filter(r -> key.equals(r.key())).toList();
            assertThat(dead).hasSize(2);
            assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("not a cloud event");
            assertThat(new String(dead.get(1).value(), StandardCharsets.UTF_8)).isEqualTo("{broken json");
            assertThat(dead).allSatisfy(r -> {
                assertThat(TopicProbe.header(r, "kafka_dlt-exception-message")).isNotBlank();
                assertThat(TopicProbe.header(r, "kafka_dlt-original-topic")).isEqualTo(TOPIC);
            });
            assertThat(TopicProbe.header(dead.get(1), "ce_type")).isEqualTo(TYPE);
        }
    }

    @Test
    void aWithdrawnApplicantLeavesTheProcessEvenWhenTheEventComesTwice() {
        String intakeId = UUID.randomUUID().toString();
        String applicationId = UUID.randomUUID().toString();
        TopicProbe.send(TestInfrastructure.kafka(), CloudEventRecords.binary(TOPIC, applicationId, TYPE,
                submitted(applicationId, intakeId)));
        awaitCases(intakeId, 1);
        var withdrawn = CloudEventRecords.binary(TOPIC, applicationId, "org.ascend.recruitment.application-withdrawn.v1",
                JSON.writeValueAsBytes(Map.of("applicationId", applicationId, "intakeId", intakeId)));
        TopicProbe.send(TestInfrastructure.kafka(), withdrawn);
        TopicProbe.send(TestInfrastructure.kafka(), withdrawn);

        var cases = Awaitility.await("the case withdrawn").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> as("programme-manager").get("/api/assessment/cases?intakeId=" + intakeId), r -> "WITHDRAWN".equals(r.body().get(0).path("status").asString()));
        assertThat(cases.body().size()).isEqualTo(1);
        assertThat(cases.body().get(0).path("version").asLong()).isEqualTo(2);
    }

    @Test
    void anErasedApplicantLeavesTheProcessEvenWhenTheEventComesTwice() {
        String intakeId = UUID.randomUUID().toString();
        String applicationId = UUID.randomUUID().toString();
        TopicProbe.send(TestInfrastructure.kafka(), CloudEventRecords.binary(TOPIC, applicationId, TYPE,
                submitted(applicationId, intakeId)));
        awaitCases(intakeId, 1);
        String erasureId = UUID.randomUUID().toString();
        var erased = CloudEventRecords.binary("ascend.recruitment.applicant.v1", erasureId,
                "org.ascend.recruitment.applicant-erased.v1", JSON.writeValueAsBytes(Map.of("erasureId", erasureId,
                        "applicationIds", java.util.List.of(applicationId), "reason", "ERASURE_REQUEST")));
        TopicProbe.send(TestInfrastructure.kafka(), erased);
        TopicProbe.send(TestInfrastructure.kafka(), erased);

        var cases = Awaitility.await("the case closed as erased").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> as("programme-manager").get("/api/assessment/cases?intakeId=" + intakeId), r -> "ERASED".equals(r.body().get(0).path("status").asString()));
        assertThat(cases.body().get(0).path("version").asLong()).isEqualTo(2);
    }

    @Test
    void unknownCaseIsA404Problem() {
        var response = as("programme-manager").get("/api/assessment/cases/" + UUID.randomUUID());
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(as("programme-manager").get("/api/assessment/cases?intakeId=nope").status()).isEqualTo(400);
    }

    @Test
    void caseListsAreForTheProgrammeTeamOnly() {
        assertThat(as("applicant").get("/api/assessment/cases?intakeId=" + UUID.randomUUID()).status()).isEqualTo(403);
        assertThat(as("assessor").get("/api/assessment/cases?intakeId=" + UUID.randomUUID()).status()).isEqualTo(403);
        assertThat(anonymous.get("/api/assessment/cases?intakeId=" + UUID.randomUUID()).status()).isEqualTo(401);
    }

    private Http.Response awaitCases(String intakeId, int expected) {
        String cases = "/api/assessment/cases?intakeId=" + intakeId;
        // Exactly the expected count, and still so a second later: a wrongful extra case (a double count) fails it.
        return Awaitility.await(expected + " cases, and no more").atMost(Duration.ofSeconds(30))
                .during(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(250))
                .until(() -> as("programme-manager").get(cases), r -> r.body().size() == expected);
    }

    private static byte[] submitted(String applicationId, String intakeId) {
        return JSON.writeValueAsBytes(Map.of("eventId", UUID.randomUUID().toString(), "applicationId", applicationId,
                "intakeId", intakeId, "regionCode", "Y62", "band", "8b", "submittedAt", "2026-11-22T10:00:00Z",
                "aggregateVersion", 1, "occurredAt", "2026-11-22T10:00:00Z"));
    }
}
