package org.ascend.reporting.rebuild;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.ascend.platform.test.CloudEventRecords;
import org.ascend.reporting.ConsumerLag;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.platform.test.TestInfrastructure;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark, not a test (run with {@code ./mvnw -pl reporting-service -Pbench verify}, {@code -Dbench.events=N}):
 * replays {@code N} events (submitted, screened, equality recorded and a sift decision per application, across 12
 * intakes and 7 regions) through a rebuild, and prints its throughput beside the ceiling of the same database: the
 * same number of rows bulk-upserted straight into a bare table, 1,000 per transaction, as a ratio.
 */
class ReplayBenchmark extends ServiceIntegrationTest {

    @Autowired
    ReadModelRebuilder rebuilder;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] REGIONS = {"Y56", "Y58", "Y59", "Y60", "Y61", "Y62", "Y63"};

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void replayThroughputBesideABulkUpsertCeiling() {
        int events = Integer.getInteger("bench.events", 20_000);
        int applications = events / 4;
        publish(applications);
        ConsumerLag.awaitNone(Duration.ofMinutes(10), rebuilder.topics());

        var started = as("platform-admin").post("/api/reporting/read-models/rebuilds", Map.of("confirm", true));
        String location = started.header("Location");
        JsonNode done = Awaitility.await("the rebuild").atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> as("platform-admin").get(location).body(),
                        body -> !Set.of("REPLAYING", "SWITCHING").contains(body.path("state").asString()));
        double replay = done.path("eventsPerSecond").asDouble();
        double ceiling = bulkUpsert(done.path("applied").asInt());

        System.out.printf("%nRead-model rebuild: %s, %d records replayed (%d skipped) of %d, from start to switch-over%n",
                done.path("state").asString(), done.path("applied").asLong(), done.path("skipped").asLong(),
                done.path("total").asLong());
        System.out.printf("  replay             %10.0f events/s%n", replay);
        System.out.printf("  bulk-upsert ceiling %9.0f rows/s (same database, 1,000 rows per transaction)%n", ceiling);
        System.out.printf("  ratio              %10.2f of the ceiling%n%n", replay / ceiling);
    }

    private void publish(int applications) {
        List<String> intakes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            intakes.add(UUID.randomUUID().toString());
        }
        try (var producer = new KafkaProducer<String, byte[]>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafka(), ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024),
                new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < applications; i++) {
                String id = UUID.randomUUID().toString();
                String intake = intakes.get(i % intakes.size());
                String region = REGIONS[i % REGIONS.length];
                send(producer, "ascend.recruitment.application.v1", id, "org.ascend.recruitment.application-submitted.v1",
                        Map.of("applicationId", id, "intakeId", intake, "regionCode", region, "submittedAt", "2026-11-22T09:00:00Z"));
                send(producer, "ascend.recruitment.application.v1", id, "org.ascend.recruitment.application-screened.v1",
                        Map.of("applicationId", id, "intakeId", intake, "eligible", i % 5 != 0, "overridden", false, "reasons", List.of()));
                send(producer, "ascend.recruitment.equality.v1", id, "org.ascend.recruitment.equality-recorded.v1",
                        Map.of("applicationId", id, "intakeId", intake, "ethnicCategory", i % 3 == 0 ? "H" : "A",
                                "ethnicGroup", i % 3 == 0 ? "Asian or Asian British" : "White",
                                "blackAndMinorityEthnic", i % 3 == 0, "sex", i % 2 == 0 ? "FEMALE" : "MALE"));
                String caseId = UUID.randomUUID().toString();
                send(producer, "ascend.assessment.case.v1", caseId, "org.ascend.assessment.stage-outcome-decided.v1",
                        Map.of("caseId", caseId, "applicationId", id, "intakeId", intake, "stage", "SIFT",
                                "decision", i % 2 == 0 ? "PROGRESS" : "NOT_PROGRESS", "finalScore", 3.0, "tieBreak", false));
            }
            producer.flush();
        }
    }

    private static void send(KafkaProducer<String, byte[]> producer, String topic, String key, String type, Map<String, Object> data) {
        ProducerRecord<String, byte[]> record = CloudEventRecords.binary(topic, key, type, JSON.writeValueAsBytes(data));
        producer.send(record);
    }

    /** Rows per second for a bare upsert of {@code rows} rows, 1,000 per transaction, into a table of its own. */
    private double bulkUpsert(int rows) {
        jdbc.execute("CREATE TABLE bench_upsert (id UUID PRIMARY KEY, intake_id UUID NOT NULL, region_code TEXT, "
                + "submitted_at TIMESTAMP WITH TIME ZONE, eligible BOOLEAN)");
        try {
            UUID intake = UUID.randomUUID();
            Timestamp at = Timestamp.from(Instant.now());
            long start = System.nanoTime();
            for (int done = 0; done < rows; done += 1000) {
                List<Object[]> batch = new ArrayList<>();
                for (int i = done; i < Math.min(rows, done + 1000); i++) {
                    batch.add(new Object[] {UUID.randomUUID(), intake, REGIONS[i % REGIONS.length], at, i % 5 != 0});
                }
                transactions.executeWithoutResult(status -> jdbc.batchUpdate("""
                        INSERT INTO bench_upsert (id, intake_id, region_code, submitted_at, eligible) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (id) DO UPDATE SET region_code = EXCLUDED.region_code, eligible = EXCLUDED.eligible""", batch));
            }
            return rows / ((System.nanoTime() - start) / 1e9);
        } finally {
            jdbc.execute("DROP TABLE bench_upsert");
        }
    }
}
