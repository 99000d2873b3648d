package org.ascend.local.infra;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.ascend.kafka.tools.DeadLetterReplay;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The dead-letter replay on a real broker: back to the topic as they were, without the failure headers, once. */
class DeadLetterReplayTest {

    private static final String TOPIC = "ascend.recruitment.application.v1";
    private static final String DEAD_LETTERS = TOPIC + ".dlt";
    private static KafkaBroker broker;

    @BeforeAll
    static void broker() throws Exception {
        Path dir = Files.createTempDirectory("ascend-dlt-replay-test");
        broker = KafkaBroker.start(dir, freePort(), freePort(), dir.resolve("kafka.log"));
        try (Admin admin = Admin.create(connection())) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1), new NewTopic(DEAD_LETTERS, 1, (short) 1))).all().get();
        }
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    @Test
    void replaysEachDeadLetterOnceToItsTopicWithoutTheFailureHeaders() throws Exception {
        try (var producer = new KafkaProducer<String, String>(producer())) {
            for (String key : List.of("application-1", "application-2")) {
                var dead = new ProducerRecord<String, String>(DEAD_LETTERS, key, "{\"id\":\"" + key + "\"}");
                dead.headers().add("ce_type", "org.ascend.recruitment.application-submitted.v1".getBytes(StandardCharsets.UTF_8));
                dead.headers().add("ce_id", key.getBytes(StandardCharsets.UTF_8));
                dead.headers().add("kafka_dlt-exception-message", "intake not known yet".getBytes(StandardCharsets.UTF_8));
                producer.send(dead).get();
            }
        }
        List<String> said = new ArrayList<>();
        var replay = new DeadLetterReplay(connection(), said::add);

        assertThat(replay.replay(DEAD_LETTERS, true)).as("a dry run lists").isEqualTo(2);
        assertThat(said).anyMatch(line -> line.contains("intake not known yet"));
        assertThat(readAll(TOPIC)).as("a dry run sends nothing").isEmpty();

        assertThat(replay.replay(DEAD_LETTERS, false)).isEqualTo(2);
        List<ConsumerRecord<String, String>> replayed = readAll(TOPIC);
        assertThat(replayed).extracting(ConsumerRecord::key).containsExactly("application-1", "application-2");
        assertThat(replayed.get(0).value()).isEqualTo("{\"id\":\"application-1\"}");
        assertThat(replayed.get(0).headers().lastHeader("ce_type")).isNotNull();
        assertThat(replayed.get(0).headers().lastHeader("kafka_dlt-exception-message")).isNull();

        assertThat(replay.replay(DEAD_LETTERS, false)).as("nothing twice").isZero();
        assertThat(readAll(TOPIC)).hasSize(2);
    }

    private static List<ConsumerRecord<String, String>> readAll(String topic) {
        Properties config = connection();
        config.put("key.deserializer", StringDeserializer.class.getName());
        config.put("value.deserializer", StringDeserializer.class.getName());
        try (var consumer = new KafkaConsumer<String, String>(config)) {
            var partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            while (consumer.position(partition) < end) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            return records;
        }
    }

    private static Properties connection() {
        Properties config = new Properties();
        config.put("bootstrap.servers", broker.bootstrapServers());
        return config;
    }

    private static Properties producer() {
        Properties config = connection();
        config.put("key.serializer", StringSerializer.class.getName());
        config.put("value.serializer", StringSerializer.class.getName());
        return config;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
