package org.ascend.recruitment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import java.nio.file.Files;
import java.nio.file.Path;

import org.ascend.local.infra.KafkaBroker;
import org.awaitility.Awaitility;
import org.ascend.platform.test.Http;
import org.ascend.platform.test.TestIdentity;
import org.ascend.platform.test.TestInfrastructure;
import org.ascend.platform.test.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.ascend.recruitment.RecruitmentTestSupport.applicant;
import static org.ascend.recruitment.RecruitmentTestSupport.openIntake;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox under a broker outage: a real broker process is stopped, the service keeps taking
 * submissions (201, committed), failed sends are tried again (only once they have failed: a send in
 * flight is never duplicated), and once the broker is back every event arrives.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.admin.auto-create=false",
        "ascend.outbox.resubmit-older-than=PT1S",
        "ascend.outbox.resubmit-interval=PT1S",
        // Sends are taken one at a time, each waiting this long for the absent broker: a short wait keeps the test short.
        "spring.kafka.producer.properties.max.block.ms=500"})
class OutboxWhileBrokerDownTest {

    private static final int KAFKA_PORT = TestInfrastructure.freePort();
    private static final int CONTROLLER_PORT = TestInfrastructure.freePort();
    private static final Path KAFKA_DIR = createTempDir();
    private static KafkaBroker broker = startBroker();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void ownBroker(DynamicPropertyRegistry registry) {
        TestInfrastructure.registerPostgres(registry);
        TestIdentity.resourceServerProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + KAFKA_PORT);
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void submissionsAcceptedWhileKafkaIsDownAreAllPublishedOnceItReturns() {
        var http = new Http("http://127.0.0.1:" + port);
        String intakeId = openIntake(http.withToken(TestIdentity.token("programme-manager")));
        broker.close();
        List<String> applicationIds = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            var response = http.withToken(TestIdentity.newApplicantToken())
                    .post("/api/recruitment/intakes/" + intakeId + "/applications", applicant());
            assertThat(response.status()).isEqualTo(201);
            applicationIds.add(response.text("id"));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM application WHERE intake_id = CAST(:id AS uuid)")
                .param("id", intakeId).query(Long.class).single()).isEqualTo(5);
        assertThat(incompletePublications()).isGreaterThanOrEqualTo(5);
        // Stay down until every send failed and was retried, so delivery depends on the outbox resubmitting.
        Awaitility.await("every publication retried while Kafka was down").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(this::retriedPublications, n -> n == 5);

        broker = startBroker();

        try (var probe = TopicProbe.reading(broker.bootstrapServers(), "ascend.recruitment.application.v1")) {
            var records = probe.pollUntil(seen -> keys(seen).containsAll(applicationIds), Duration.ofSeconds(90));
            assertThat(keys(records)).containsAll(applicationIds);
        }
        // Every publication is marked complete once Kafka acknowledged it.
        Awaitility.await("every publication completed").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(this::incompletePublications, n -> n == 0);
    }

    private static KafkaBroker startBroker() {
        return KafkaBroker.start(KAFKA_DIR, KAFKA_PORT, CONTROLLER_PORT, KAFKA_DIR.resolve("kafka.log"));
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("ascend-kafka-outbox-test");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long incompletePublications() {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
                .query(Long.class).single();
    }

    private long retriedPublications() {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_attempts >= 2 AND event_type LIKE '%ApplicationSubmitted'").query(Long.class).single();
    }

    private static Set<String> keys(List<? extends org.apache.kafka.clients.consumer.ConsumerRecord<String, ?>> records) {
        return records.stream().map(r -> r.key()).collect(Collectors.toSet());
    }
}
