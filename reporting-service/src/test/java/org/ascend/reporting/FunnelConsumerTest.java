package org.ascend.reporting;

import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.ascend.platform.test.AscendTestInfrastructure;
import org.ascend.platform.test.CloudEventRecords;
import org.ascend.platform.test.Http;
import org.ascend.platform.test.TestInfrastructure;
import org.ascend.platform.test.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AscendTestInfrastructure.class)
class FunnelConsumerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http("http://127.0.0.1:" + port);
    }

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
        var response = http.get("/api/reporting/intakes/" + UUID.randomUUID() + "/funnel");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("detail")).contains("Check the id");
    }

    private void send(String topic, String key, String type, Map<String, Object> data) {
        ProducerRecord<String, byte[]> record = CloudEventRecords.binary(topic, key, type, JSON.writeValueAsBytes(data));
        TopicProbe.send(TestInfrastructure.kafka(), record);
    }

    private JsonNode awaitFunnel(String intakeId, long applied, long inAssessment) {
        long deadline = System.currentTimeMillis() + 30_000;
        JsonNode funnel = http.get("/api/reporting/intakes/" + intakeId + "/funnel").body();
        while ((stage(funnel, "applied") < applied || stage(funnel, "in-assessment") < inAssessment)
                && System.currentTimeMillis() < deadline) {
            pause();
            funnel = http.get("/api/reporting/intakes/" + intakeId + "/funnel").body();
        }
        pause(); // let any wrongful double count show up before asserting
        return http.get("/api/reporting/intakes/" + intakeId + "/funnel").body();
    }

    private static long stage(JsonNode funnel, String name) {
        for (JsonNode stage : funnel.path("stages")) {
            if (name.equals(stage.path("stage").asString())) {
                return stage.path("count").asLong();
            }
        }
        return -1;
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
