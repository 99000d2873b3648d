package org.ascend.cohort;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.ascend.platform.test.CloudEventRecords;
import org.awaitility.Awaitility;
import org.ascend.platform.test.Http;
import org.ascend.platform.test.TestInfrastructure;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.platform.test.TopicProbe;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class IntakePlacesConsumerTest extends ServiceIntegrationTest {

    private static final String TOPIC = "ascend.recruitment.intake.v1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void keepsTheIntakesPlacesAndStatusThroughRepeatedDelivery() {
        String intakeId = UUID.randomUUID().toString();
        var opened = event(intakeId, "org.ascend.recruitment.intake-opened.v1", 2, 15);
        send(opened);
        send(opened);

        var intake = await(intakeId, r -> r.status() == 200);
        assertThat(intake.body().path("places").asInt()).isEqualTo(15);
        assertThat(intake.text("status")).isEqualTo("OPEN");

        send(event(intakeId, "org.ascend.recruitment.intake-closed.v1", 3, 0));
        assertThat(await(intakeId, r -> "CLOSED".equals(r.text("status"))).text("status")).isEqualTo("CLOSED");
    }

    @Test
    void aStaleEventArrivingLateDoesNotUndoANewerOne() {
        String intakeId = UUID.randomUUID().toString();
        send(event(intakeId, "org.ascend.recruitment.intake-opened.v1", 2, 20));
        await(intakeId, r -> r.status() == 200);
        send(event(intakeId, "org.ascend.recruitment.intake-closed.v1", 3, 0));
        await(intakeId, r -> "CLOSED".equals(r.text("status")));

        send(event(intakeId, "org.ascend.recruitment.intake-opened.v1", 2, 99)); // replayed from the past, new event id
        String marker = UUID.randomUUID().toString();
        send(event(intakeId, marker, "org.ascend.recruitment.intake-opened.v1", 2, 1));
        await(marker, r -> r.status() == 200); // same key, same partition: the stale event was handled before it

        var intake = as("programme-manager").get("/api/cohorts/intakes/" + intakeId);
        assertThat(intake.text("status")).isEqualTo("CLOSED");
        assertThat(intake.body().path("places").asInt()).isEqualTo(20);
    }

    @Test
    void unknownIntakeIsA404Problem() {
        var response = as("programme-manager").get("/api/cohorts/intakes/" + UUID.randomUUID());
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(as("analyst").get("/api/cohorts/intakes/" + UUID.randomUUID()).status()).isEqualTo(403);
    }

    private void send(ProducerRecord<String, byte[]> record) {
        TopicProbe.send(TestInfrastructure.kafka(), record);
    }

    private static ProducerRecord<String, byte[]> event(String intakeId, String type, long version, int places) {
        return event(intakeId, intakeId, type, version, places);
    }

    private static ProducerRecord<String, byte[]> event(String key, String intakeId, String type, long version,
            int places) {
        Map<String, Object> data = places > 0
                ? Map.of("intakeId", intakeId, "schemeId", UUID.randomUUID().toString(), "places", places)
                : Map.of("intakeId", intakeId, "schemeId", UUID.randomUUID().toString());
        var record = CloudEventRecords.binary(TOPIC, key, type, JSON.writeValueAsBytes(data));
        record.headers().remove("ce_aggregateversion");
        record.headers().add(new RecordHeader("ce_aggregateversion", String.valueOf(version).getBytes()));
        return record;
    }

    private Http.Response await(String intakeId, Predicate<Http.Response> done) {
        return Awaitility.await("intake " + intakeId + " as expected").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> as("programme-manager").get("/api/cohorts/intakes/" + intakeId), done);
    }
}
