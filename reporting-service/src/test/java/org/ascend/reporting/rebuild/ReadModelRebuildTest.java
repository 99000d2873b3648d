package org.ascend.reporting.rebuild;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ascend.platform.test.CloudEventRecords;
import org.ascend.reporting.ConsumerLag;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.platform.test.TestInfrastructure;
import org.ascend.platform.test.TopicProbe;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12: replaying the topics gives checksum-identical read models, and the live consumers carry on after. */
class ReadModelRebuildTest extends ServiceIntegrationTest {

    @Autowired
    ReadModelRebuilder rebuilder;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RebuildRepository rebuilds;

    @Autowired
    ApplicationContext context;

    @Test
    void aRebuildFromTheTopicsGivesTheSameTablesAndRepairsADamagedOne() {
        String intakeId = UUID.randomUUID().toString();
        List<String> applications = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        send("ascend.recruitment.intake.v1", intakeId, "org.ascend.recruitment.intake-opened.v1",
                Map.of("intakeId", intakeId, "places", 2));
        for (String id : applications) {
            send("ascend.recruitment.application.v1", id, "org.ascend.recruitment.application-submitted.v1", Map.of(
                    "applicationId", id, "intakeId", intakeId, "regionCode", "Y60", "submittedAt", "2026-11-22T09:00:00Z"));
            send("ascend.recruitment.equality.v1", id, "org.ascend.recruitment.equality-recorded.v1", Map.of(
                    "applicationId", id, "intakeId", intakeId, "ethnicCategory", "A", "ethnicGroup", "White",
                    "blackAndMinorityEthnic", false, "sex", "MALE"));
        }
        send("ascend.assessment.case.v1", UUID.randomUUID().toString(), "org.ascend.assessment.stage-outcome-decided.v1",
                Map.of("caseId", UUID.randomUUID().toString(), "applicationId", applications.get(0), "intakeId", intakeId,
                        "stage", "SIFT", "decision", "PROGRESS", "finalScore", 3.5, "tieBreak", false));
        ConsumerLag.awaitNone(Duration.ofSeconds(60), rebuilder.topics());
        JsonNode live = as("platform-admin").get("/api/reporting/read-models").body();
        assertThat(live.path("topics").findValuesAsString("")).isEmpty();
        assertThat(JSON.convertValue(live.path("topics"), List.class)).contains("ascend.recruitment.equality.v1",
                "ascend.cohort.participant.v1");
        assertThat(rows(live, "application_progress")).isGreaterThanOrEqualTo(3);

        snapshot(); // for the message if the checksums disagree

        // Damage the live model as a bug would: the rebuild must bring back what the topics say.
        jdbc.sql("DELETE FROM application_progress WHERE intake_id = :intake").param("intake", UUID.fromString(intakeId)).update();
        jdbc.sql("DELETE FROM application_equality WHERE intake_id = :intake").param("intake", UUID.fromString(intakeId)).update();
        assertThat(as("platform-admin").get("/api/reporting/read-models").body().path("tables")).isNotEqualTo(live.path("tables"));

        jdbc.sql("DELETE FROM coalesced_pending WHERE stream = 'statistics'").update();

        var started = as("platform-admin").post("/api/reporting/read-models/rebuilds", Map.of("confirm", true));
        assertThat(started.status()).isEqualTo(202);
        String location = started.header("Location");
        assertThat(location).startsWith("/api/reporting/read-models/rebuilds/");
        JsonNode done = Awaitility.await("the rebuild finishes").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> as("platform-admin").get(location).body(), body -> !Set.of("REPLAYING", "SWITCHING")
                        .contains(body.path("state").asString()));
        assertThat(done.path("state").asString()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.path("percent").asInt()).isEqualTo(100);
        assertThat(done.path("applied").asLong()).isPositive();
        assertThat(done.path("applied").asLong() + done.path("skipped").asLong()).isEqualTo(done.path("total").asLong());

        assertThat(as("platform-admin").get("/api/reporting/read-models").body().path("tables"))
                .as(() -> "checksums after the rebuild; rows that differ: " + differences()).isEqualTo(live.path("tables"));
        assertThat(jdbc.sql("SELECT count(*) FROM coalesced_pending WHERE stream = 'statistics' AND key = :intake")
                .param("intake", intakeId).query(Long.class).single()).as("its statistics are looked at again").isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM information_schema.schemata WHERE schema_name LIKE 'read_model_rebuild_%'")
                .query(Long.class).single()).as("the rebuild's schema is gone").isZero();

        // The live consumers write into the rebuilt tables from here on, and a record delivered again counts once.
        String late = UUID.randomUUID().toString();
        send("ascend.recruitment.application.v1", late, "org.ascend.recruitment.application-submitted.v1", Map.of(
                "applicationId", late, "intakeId", intakeId, "regionCode", "Y60", "submittedAt", "2026-11-22T10:00:00Z"));
        Awaitility.await("a new event after the rebuild").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> as("analyst").get("/api/reporting/intakes/" + intakeId + "/funnel").body().path("stages").get(0)
                        .path("count").asInt() == 4);
    }

    @Test
    void aRebuildIsConfirmedAndOnlyOneRunsAtATime() {
        var unconfirmed = as("platform-admin").post("/api/reporting/read-models/rebuilds", Map.of());
        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(unconfirmed.contentType()).startsWith("application/problem+json");
        assertThat(unconfirmed.text("detail")).contains("confirm: true");
        assertThat(as("analyst").post("/api/reporting/read-models/rebuilds", Map.of("confirm", true)).status()).isEqualTo(403);
        assertThat(as("platform-admin").get("/api/reporting/read-models/rebuilds/" + UUID.randomUUID()).status()).isEqualTo(404);

        UUID first = UUID.randomUUID();
        assertThat(rebuilds.start(first, "read_model_rebuild_test1")).isPresent();
        try {
            assertThat(rebuilds.start(UUID.randomUUID(), "read_model_rebuild_test2")).as("a second while one runs").isEmpty();
            var refused = as("platform-admin").post("/api/reporting/read-models/rebuilds", Map.of("confirm", true));
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.text("detail")).contains(first.toString());
            // An instance that stopped beating lost its rebuild: the next one may start.
            jdbc.sql("UPDATE read_model_rebuild SET heartbeat_at = now() - interval '2 minutes' WHERE id = :id").param("id", first).update();
            UUID next = UUID.randomUUID();
            assertThat(rebuilds.start(next, "read_model_rebuild_test3")).contains(List.of("read_model_rebuild_test1"));
            rebuilds.state(next, Rebuild.State.FAILED, "test");
        } finally {
            rebuilds.state(first, Rebuild.State.FAILED, "test");
        }
    }

    /** A listener that is not a feed would be left behind by the switch, its inbox replaced under it. */
    @Test
    void everyKafkaListenerInReportingIsAReadModelFeed() {
        List<Object> listeners = Arrays.stream(context.getBeanDefinitionNames()).map(context::getBean)
                .filter(bean -> Arrays.stream(AopUtils.getTargetClass(bean).getDeclaredMethods())
                        .anyMatch(method -> method.isAnnotationPresent(KafkaListener.class)))
                .toList();
        assertThat(listeners).hasSizeGreaterThanOrEqualTo(2).allMatch(ReadModelFeed.class::isInstance);
    }

    private void snapshot() {
        jdbc.sql("DROP SCHEMA IF EXISTS before_rebuild CASCADE").update();
        jdbc.sql("CREATE SCHEMA before_rebuild").update();
        ReadModelTables.READ_MODELS.forEach(table -> jdbc.sql("CREATE TABLE before_rebuild." + table + " AS SELECT * FROM " + table)
                .update());
    }

    /** Each read model's rows before the rebuild and not after it (-), and after and not before (+). */
    private Map<String, List<String>> differences() {
        Map<String, List<String>> differences = new java.util.TreeMap<>();
        for (String table : ReadModelTables.READ_MODELS) {
            List<String> rows = new java.util.ArrayList<>();
            jdbc.sql("SELECT CAST(b AS TEXT) FROM before_rebuild." + table + " b EXCEPT SELECT CAST(a AS TEXT) FROM " + table + " a")
                    .query(String.class).list().forEach(row -> rows.add("- " + row));
            jdbc.sql("SELECT CAST(a AS TEXT) FROM " + table + " a EXCEPT SELECT CAST(b AS TEXT) FROM before_rebuild." + table + " b")
                    .query(String.class).list().forEach(row -> rows.add("+ " + row));
            if (!rows.isEmpty()) {
                differences.put(table, rows);
            }
        }
        return differences;
    }

    private static long rows(JsonNode readModels, String table) {
        for (JsonNode t : readModels.path("tables")) {
            if (table.equals(t.path("table").asString())) {
                return t.path("rows").asLong();
            }
        }
        return -1;
    }

    private static void send(String topic, String key, String type, Map<String, Object> data) {
        TopicProbe.send(TestInfrastructure.kafka(), CloudEventRecords.binary(topic, key, type, JSON.writeValueAsBytes(data)));
    }
}
