package org.ascend.reporting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ascend.platform.test.CloudEventRecords;
import org.ascend.platform.test.EventContracts;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.platform.test.TestInfrastructure;
import org.ascend.platform.test.TopicProbe;
import org.ascend.reporting.statistics.StatisticsPublisher;
import org.ascend.reporting.rebuild.ReadModelRebuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12: disclosure-controlled statistics per region and intake on the public topic, published when a region's
 * figures change and not on every event.
 */
class StatisticsTopicTest extends ServiceIntegrationTest {

    @Autowired
    ReadModelRebuilder rebuilder;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TYPE = "org.ascend.reporting.statistics-updated.v1";

    @Autowired
    StatisticsPublisher publisher;

    @Test
    void eachRegionGetsItsControlledFiguresOncePerChange() {
        String intake = UUID.randomUUID().toString();
        String scheme = UUID.randomUUID().toString();
        send("ascend.recruitment.intake.v1", intake, "org.ascend.recruitment.intake-opened.v1", Map.of("intakeId", intake,
                "schemeId", scheme, "places", 15, "opensAt", "2026-06-01T09:00:00Z", "closesAt", "2026-07-01T09:00:00Z"));
        List<String> midlands = applicants(intake, "Y60", 12);
        List<String> london = applicants(intake, "Y56", 3);
        ConsumerLag.awaitNone(Duration.ofSeconds(60), rebuilder.topics());
        publisher.onSchedule(); // as the scheduler calls it

        String y60 = intake + "/Y60";
        String y56 = intake + "/Y56";
        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), Topics.STATISTICS)) {
            var records = probe.pollUntil(seen -> count(seen, y60) >= 1 && count(seen, y56) >= 1, Duration.ofSeconds(30));
            ConsumerRecord<String, byte[]> midlandsRecord = only(records, y60);
            assertThat(TopicProbe.header(midlandsRecord, "ce_type")).isEqualTo(TYPE);
            assertThat(EventContracts.validate(TYPE, midlandsRecord.value())).isEmpty();
            JsonNode figures = JSON.readTree(midlandsRecord.value());
            assertThat(figures.path("schemeId").asString()).isEqualTo(scheme);
            assertThat(figures.path("year").asInt()).isEqualTo(2026);
            assertThat(applied(figures)).as("12 rounded to the nearest 5").isEqualTo("10");
            assertThat(figures.path("breakdowns").findValuesAsString("characteristic")).contains("ethnic-group", "bme", "sex",
                    "disability", "age-band", "sexual-orientation", "religion-belief").doesNotContain("region");
            JsonNode sexApplied = breakdown(figures, "sex").path("stages").get(0);
            assertThat(sexApplied.path("counts").get(0).path("suppressed").asBoolean()).as("6 women: 1-7").isTrue();
            String text = new String(midlandsRecord.value());
            assertThat(midlands).noneMatch(text::contains);
            assertThat(text).doesNotContain("\"value\":6", "\"value\":12");
            JsonNode londonFigures = JSON.readTree(only(records, y56).value());
            assertThat(londonFigures.path("stages").get(0).path("count").path("suppressed").asBoolean()).as("3 in London").isTrue();
            assertThat(london).noneMatch(new String(only(records, y56).value())::contains);
        }

        // The same answers again (a new event id): the figures did not change, so nothing is published.
        send("ascend.recruitment.equality.v1", midlands.get(0), "org.ascend.recruitment.equality-recorded.v1",
                equality(midlands.get(0), intake, "FEMALE"));
        ConsumerLag.awaitNone(Duration.ofSeconds(60), rebuilder.topics());
        assertThat(publisher.publishPending()).as("unchanged figures").isZero();

        // Five more in the Midlands, in many events: one update (17 shows as 15), published once.
        applicants(intake, "Y60", 5);
        ConsumerLag.awaitNone(Duration.ofSeconds(60), rebuilder.topics());
        assertThat(publisher.publishPending()).as("only the Midlands changed").isEqualTo(1);
        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), Topics.STATISTICS)) {
            var records = probe.pollUntil(seen -> count(seen, y60) >= 2, Duration.ofSeconds(30));
            assertThat(count(records, y60)).isEqualTo(2);
            assertThat(count(records, y56)).isEqualTo(1);
            ConsumerRecord<String, byte[]> latest = records.stream().filter(r -> y60.equals(r.key())).reduce((a, b) -> b).orElseThrow();
            assertThat(applied(JSON.readTree(latest.value()))).isEqualTo("15");
            assertThat(TopicProbe.header(latest, "ce_aggregateversion")).isEqualTo("2");
        }
    }

    private static String applied(JsonNode figures) {
        return figures.path("stages").get(0).path("count").path("value").asString();
    }

    private static JsonNode breakdown(JsonNode figures, String characteristic) {
        for (JsonNode b : figures.path("breakdowns")) {
            if (characteristic.equals(b.path("characteristic").asString())) {
                return b;
            }
        }
        throw new AssertionError("no breakdown by " + characteristic);
    }

    private static long count(List<ConsumerRecord<String, byte[]>> records, String key) {
        return records.stream().filter(r -> key.equals(r.key())).count();
    }

    private static ConsumerRecord<String, byte[]> only(List<ConsumerRecord<String, byte[]>> records, String key) {
        assertThat(count(records, key)).as("updates for " + key).isEqualTo(1);
        return records.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
    }

    private List<String> applicants(String intake, String region, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            send("ascend.recruitment.application.v1", id, "org.ascend.recruitment.application-submitted.v1", Map.of(
                    "applicationId", id, "intakeId", intake, "regionCode", region, "submittedAt", "2026-06-02T09:00:00Z"));
            send("ascend.recruitment.equality.v1", id, "org.ascend.recruitment.equality-recorded.v1",
                    equality(id, intake, i % 2 == 0 ? "FEMALE" : "MALE"));
        }
        return ids;
    }

    private static Map<String, Object> equality(String applicationId, String intakeId, String sex) {
        Map<String, Object> data = new HashMap<>(Map.of("applicationId", applicationId, "intakeId", intakeId, "sex", sex,
                "ethnicCategory", "A", "ethnicGroup", "White", "blackAndMinorityEthnic", false));
        return data;
    }

    private static void send(String topic, String key, String type, Map<String, Object> data) {
        TopicProbe.send(TestInfrastructure.kafka(), CloudEventRecords.binary(topic, key, type, JSON.writeValueAsBytes(data)));
    }
}
