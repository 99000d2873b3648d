package org.ascend.reporting;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.ascend.platform.test.CloudEventRecords;
import org.awaitility.Awaitility;
import org.ascend.platform.test.TestInfrastructure;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.platform.test.TopicProbe;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class FunnelConsumerTest extends ServiceIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void countsEachApplicationOnceWhateverIsRedelivered() {
        String intakeId = UUID.randomUUID().toString();
        send("ascend.recruitment.intake.v1", intakeId, "org.ascend.recruitment.intake-opened.v1",
                Map.of("intakeId", intakeId, "places", 15));
        String[] applications = {UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString()};
        for (String applicationId : applications) {
            var submitted = CloudEventRecords.binary("ascend.recruitment.application.v1", applicationId,
                    "org.ascend.recruitment.application-submitted.v1", JSON.writeValueAsBytes(Map.of(
                            "applicationId", applicationId, "intakeId", intakeId, "regionCode", "Y56",
                            "submittedAt", "2026-11-22T09:00:00Z")));
            TopicProbe.send(TestInfrastructure.kafka(), submitted);
            TopicProbe.send(TestInfrastructure.kafka(), submitted); // redelivered: same event id
        }
        // Republished by the outbox with a fresh event id: still the same application.
        send("ascend.recruitment.application.v1", applications[0], "org.ascend.recruitment.application-submitted.v1",
                Map.of("applicationId", applications[0], "intakeId", intakeId, "regionCode", "Y56",
                        "submittedAt", "2026-11-22T09:00:00Z"));
        for (String applicationId : new String[] {applications[0], applications[1]}) {
            send("ascend.assessment.case.v1", applicationId, "org.ascend.assessment.case-opened.v1",
                    Map.of("caseId", UUID.randomUUID().toString(), "applicationId", applicationId, "intakeId", intakeId));
        }

        JsonNode funnel = awaitFunnel(intakeId, 3, 2);
        assertThat(funnel.path("places").asInt()).isEqualTo(15);
        assertThat(funnel.path("intakeStatus").asString()).isEqualTo("OPEN");
        assertThat(stage(funnel, "applied")).isEqualTo(3);
        assertThat(stage(funnel, "in-assessment")).isEqualTo(2);
    }

    @Test
    void unknownIntakeIsA404ProblemThatSaysWhatToDo() {
        var response = as("platform-admin").get("/api/reporting/intakes/" + UUID.randomUUID() + "/funnel");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("detail")).contains("Check the id");
        assertThat(as("applicant").get("/api/reporting/intakes/" + UUID.randomUUID() + "/funnel").status()).isEqualTo(403);
    }

    private void send(String topic, String key, String type, Map<String, Object> data) {
        ProducerRecord<String, byte[]> record = CloudEventRecords.binary(topic, key, type, JSON.writeValueAsBytes(data));
        TopicProbe.send(TestInfrastructure.kafka(), record);
    }

    private JsonNode awaitFunnel(String intakeId, long applied, long inAssessment) {
        String funnel = "/api/reporting/intakes/" + intakeId + "/funnel";
        // Exactly these counts, and still so a second later: a wrongful extra count (a replay counted twice) fails it.
        Awaitility.await("the funnel counts, and no more").atMost(Duration.ofSeconds(30)).during(Duration.ofSeconds(1))
                .pollInterval(Duration.ofMillis(250)).until(() -> as("analyst").get(funnel).body(),
                        body -> stage(body, "applied") == applied && stage(body, "in-assessment") == inAssessment);
        return as("programme-manager").get(funnel).body();
    }

    private static long stage(JsonNode funnel, String name) {
        for (JsonNode stage : funnel.path("stages")) {
            if (name.equals(stage.path("stage").asString())) {
                return stage.path("count").asLong();
            }
        }
        return -1;
    }
}
