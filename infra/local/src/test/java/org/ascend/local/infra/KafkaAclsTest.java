package org.ascend.local.infra;

import org.ascend.kafka.tools.KafkaAcls;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Kafka promise to regional systems, on a real broker with SASL and ACLs on: they read public
 * topics, never a restricted one; only reporting reads the equality topic, only assessment the employers topic.
 */
class KafkaAclsTest {

    private static final String PUBLIC = "ascend.recruitment.application.v1";
    private static final String RESTRICTED = "ascend.recruitment.equality.v1";
    private static final String EMPLOYERS = "ascend.recruitment.conflict.v1";
    private static final KafkaSecurity SECURITY = new KafkaSecurity("admin", Map.of(
            "admin", "admin-secret", "recruitment-service", "r-secret", "reporting-service", "rep-secret",
            "assessment-service", "a-secret", KafkaAcls.REGIONAL_SYSTEM, "regional-secret"));
    private static KafkaBroker broker;

    @BeforeAll
    static void secureBrokerWithAcls() throws Exception {
        Path dir = Files.createTempDirectory("ascend-kafka-acl-test");
        broker = KafkaBroker.start(dir, freePort(), freePort(), dir.resolve("kafka.log"), SECURITY);
        try (Admin admin = Admin.create(client("admin"))) {
            admin.createTopics(List.of(new NewTopic(PUBLIC, 1, (short) 1), new NewTopic(RESTRICTED, 1, (short) 1),
                    new NewTopic(EMPLOYERS, 1, (short) 1)))
                    .all().get();
            KafkaAcls.apply(admin);
        }
        try (var producer = new KafkaProducer<String, String>(producer("recruitment-service"))) {
            producer.send(new ProducerRecord<>(PUBLIC, "k", "public event")).get();
            producer.send(new ProducerRecord<>(RESTRICTED, "k", "equality event")).get();
            producer.send(new ProducerRecord<>(EMPLOYERS, "k", "employer event")).get();
        }
    }

    @AfterAll
    static void stop() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void regionalSystemsReadPublicTopics() {
        assertThat(read(KafkaAcls.REGIONAL_SYSTEM, "regional-north-west", PUBLIC)).containsExactly("public event");
    }

    @Test
    void regionalSystemsCannotReadTheRestrictedTopic() {
        assertThatThrownBy(() -> read(KafkaAcls.REGIONAL_SYSTEM, "regional-north-west", RESTRICTED))
                .isInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> read(KafkaAcls.REGIONAL_SYSTEM, "regional-north-west", EMPLOYERS))
                .isInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void onlyAssessmentReadsApplicantsEmployers() {
        assertThat(read(KafkaAcls.ASSESSMENT, KafkaAcls.ASSESSMENT, EMPLOYERS)).containsExactly("employer event");
        assertThatThrownBy(() -> read(KafkaAcls.REPORTING, KafkaAcls.REPORTING, EMPLOYERS))
                .isInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void onlyReportingReadsTheRestrictedTopic() {
        assertThat(read(KafkaAcls.REPORTING, KafkaAcls.REPORTING, RESTRICTED)).containsExactly("equality event");
        assertThatThrownBy(() -> read("assessment-service", "assessment-service", RESTRICTED))
                .isInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void aServiceCannotWriteAnotherServicesTopicAndStrangersCannotConnect() {
        try (var producer = new KafkaProducer<String, String>(producer("assessment-service"))) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(PUBLIC, "k", "forged")).get())
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
        Map<String, Object> stranger = new HashMap<>(consumer(KafkaAcls.REGIONAL_SYSTEM, "regional-x"));
        stranger.put("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required"
                + " username=\"regional-system\" password=\"wrong\";");
        try (var consumer = new KafkaConsumer<String, String>(stranger)) {
            consumer.subscribe(List.of(PUBLIC));
            assertThatThrownBy(() -> consumer.poll(Duration.ofSeconds(10))).isInstanceOf(SaslAuthenticationException.class);
        }
    }

    private static List<String> read(String user, String group, String topic) {
        try (var consumer = new KafkaConsumer<String, String>(consumer(user, group))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < deadline) {
                var records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    return java.util.stream.StreamSupport.stream(records.spliterator(), false).map(r -> r.value()).toList();
                }
            }
            return List.of();
        }
    }

    private static Map<String, Object> client(String user) {
        Map<String, Object> config = new HashMap<>(SECURITY.clientProperties(user));
        config.put("bootstrap.servers", broker.bootstrapServers());
        return config;
    }

    private static Map<String, Object> producer(String user) {
        Map<String, Object> config = client(user);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        return config;
    }

    private static Map<String, Object> consumer(String user, String group) {
        Map<String, Object> config = client(user);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return config;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
