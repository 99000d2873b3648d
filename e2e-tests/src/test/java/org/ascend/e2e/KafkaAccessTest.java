package org.ascend.e2e;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.ascend.platform.test.Http;
import org.ascend.platform.test.EventContracts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The local broker as a regional system meets it (./ascend kafka-client regional-system): public topics
 * readable, the restricted equality, employers and offeree topics refused; without credentials, nothing at all.
 */
@ExtendWith(LocalPlatform.Running.class)
class KafkaAccessTest {

    private static final String INTAKES = "ascend.recruitment.intake.v1";
    private static final List<String> RESTRICTED = List.of("ascend.recruitment.equality.v1", "ascend.recruitment.conflict.v1",
            "ascend.recruitment.offeree.v1");

    @Test
    void theRegionalSystemReadsPublicTopics() {
        String intakeId = openAnIntake();
        try (var consumer = consumer(LocalPlatform.kafkaClient("regional-system"), "regional-e2e-" + UUID.randomUUID())) {
            consumer.assign(partitions(consumer, INTAKES));
            consumer.seekToBeginning(consumer.assignment());
            List<String> keys = new ArrayList<>();
            Instant deadline = Instant.now().plusSeconds(30);
            while (!keys.contains(intakeId) && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> keys.add(record.key()));
            }
            assertThat(keys).as("the intake-opened event, read as regional-system").contains(intakeId);
        }
    }

    /**
     * The aggregates made for regional systems reach them: reporting's disclosure-controlled statistics and assessment's
     * reliability figures (the demo's intakes give both within about a minute and a half of start-up: the coalesced
     * publications run every 30 s and every minute).
     */
    @Test
    void theRegionalSystemReadsTheStatisticsAndReliabilityTopics() {
        Map<String, String> types = Map.of("ascend.reporting.statistics.v1", "org.ascend.reporting.statistics-updated.v1",
                "ascend.assessment.reliability.v1", "org.ascend.assessment.stage-reliability-updated.v1");
        types.forEach((topic, type) -> {
            try (var consumer = consumer(LocalPlatform.kafkaClient("regional-system"), "regional-e2e-" + UUID.randomUUID())) {
                List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> seen = new ArrayList<>();
                Instant deadline = Instant.now().plusSeconds(150);
                while (seen.isEmpty() && Instant.now().isBefore(deadline)) {
                    if (consumer.assignment().isEmpty()) {
                        consumer.assign(partitions(consumer, topic));
                        consumer.seekToBeginning(consumer.assignment());
                    }
                    consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
                }
                assertThat(seen).as(topic).isNotEmpty();
                assertThat(EventContracts.validate(type, seen.get(0).value().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .as(topic).isEmpty();
            }
        });
    }

    @Test
    void theRegionalSystemIsRefusedTheRestrictedTopics() {
        for (String topic : RESTRICTED) {
            try (var consumer = consumer(LocalPlatform.kafkaClient("regional-system"), "regional-e2e-" + UUID.randomUUID())) {
                consumer.subscribe(List.of(topic));
                assertThatThrownBy(() -> consumer.poll(Duration.ofSeconds(10))).as(topic)
                        .isInstanceOf(TopicAuthorizationException.class);
            }
        }
    }

    @Test
    void aClientWithoutCredentialsReadsNothing() {
        Properties plain = new Properties();
        plain.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalPlatform.kafkaClient("regional-system").getProperty("bootstrap.servers"));
        for (String topic : List.of(INTAKES, RESTRICTED.get(0), RESTRICTED.get(1))) {
            try (var consumer = consumer(plain, "regional-e2e-" + UUID.randomUUID())) {
                assertThatThrownBy(() -> consumer.partitionsFor(topic, Duration.ofSeconds(5))).as(topic)
                        .isInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
            }
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        Properties forged = LocalPlatform.kafkaClient("regional-system");
        forged.put("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required "
                + "username=\"regional-system\" password=\"guessed\";");
        try (var consumer = consumer(forged, "regional-e2e-" + UUID.randomUUID())) {
            consumer.subscribe(List.of(INTAKES));
            assertThatThrownBy(() -> consumer.poll(Duration.ofSeconds(10))).isInstanceOf(SaslAuthenticationException.class);
        }
    }

    private static KafkaConsumer<String, String> consumer(Properties settings, String group) {
        Properties properties = new Properties();
        properties.putAll(settings);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        return new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, String topic) {
        return consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    private static String openAnIntake() {
        Http manager = new Http(LocalPlatform.GATEWAY).withToken(LocalPlatform.token("programme-manager"));
        var scheme = manager.post("/api/recruitment/schemes", Map.of("name", "Kafka access scheme",
                "ownerBody", "NHS England", "targetCohortSize", 15));
        assertThat(scheme.status()).as(scheme.body().toString()).isEqualTo(201);
        String schemeId = scheme.text("id");
        Instant now = Instant.now();
        var intake = manager.post("/api/recruitment/schemes/" + schemeId + "/intakes", Map.of("name", "Round", "places", 15,
                "opensAt", now.minus(1, ChronoUnit.MINUTES).toString(), "closesAt", now.plus(1, ChronoUnit.DAYS).toString()));
        assertThat(intake.status()).as(intake.body().toString()).isEqualTo(201);
        String intakeId = intake.text("id");
        var opened = manager.post("/api/recruitment/intakes/" + intakeId + "/open", "");
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(200);
        return intakeId;
    }
}
