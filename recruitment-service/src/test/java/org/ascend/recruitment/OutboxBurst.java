package org.ascend.recruitment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ascend.local.infra.KafkaBroker;
import org.ascend.outboxtest.BurstEvent;
import org.ascend.platform.test.TestIdentity;
import org.ascend.platform.test.TestInfrastructure;
import org.ascend.platform.test.TopicProbe;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox tests' shared parts: a broker process of their own to kill and restart, a burst of
 * {@link BurstEvent}s committed in rounds (in round r every aggregate commits its version r), and the check of
 * what a regional system reading the topic then sees.
 */
final class OutboxBurst {

    static final int ROUNDS = 10;

    private final int kafkaPort = TestInfrastructure.freePort();
    private final int controllerPort = TestInfrastructure.freePort();
    private final Path kafkaDir = createTempDir();
    private KafkaBroker broker = startBroker();
    final List<String> aggregates;

    OutboxBurst(int aggregates) {
        this.aggregates = LongStream.range(0, aggregates).mapToObj(i -> "burst-" + UUID.randomUUID()).toList();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(BurstEvent.TOPIC, 6, (short) 1))).all().get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not create " + BurstEvent.TOPIC, e);
        }
    }

    /** The service under test on the shared PostgreSQL, trusting the test identity, on this broker. */
    void register(DynamicPropertyRegistry registry) {
        TestInfrastructure.registerPostgres(registry);
        TestIdentity.resourceServerProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("spring.kafka.bootstrap-servers", this::bootstrapServers);
    }

    String bootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    void killBroker() {
        broker.kill();
    }

    void restartBroker() {
        broker = startBroker();
    }

    void stopBroker() {
        broker.close();
    }

    /** Rounds {@code from}..{@code to}, four writers committing at once. */
    void publishRounds(TransactionTemplate transaction, ApplicationEventPublisher events, int from, int to) {
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            for (int round = from; round <= to; round++) {
                long version = round;
                List<Future<?>> commits = new ArrayList<>();
                for (String aggregate : aggregates) {
                    commits.add(writers.submit(() -> transaction.executeWithoutResult(status -> events.publishEvent(
                            new BurstEvent(UUID.randomUUID(), aggregate, version, Instant.now())))));
                }
                for (Future<?> commit : commits) {
                    commit.get();
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("A burst commit failed", e);
        } finally {
            writers.shutdown();
        }
    }

    /** The topic holds every event of every round once, each aggregate's in order, numbered 1..ROUNDS. */
    void assertTopicHoldsEveryEventOnceInOrder() {
        int expected = aggregates.size() * ROUNDS;
        try (var probe = TopicProbe.reading(bootstrapServers(), BurstEvent.TOPIC)) {
            probe.pollUntil(seen -> seen.size() >= expected, Duration.ofSeconds(180));
            // A repeat would come on top of the expected count: read on a little to catch late ones.
            var records = probe.pollUntil(seen -> false, Duration.ofSeconds(3));

            assertThat(records.stream().map(r -> TopicProbe.header(r, "ce_id")).collect(Collectors.toSet()))
                    .as("distinct events").hasSize(expected);
            assertThat(records).as("records on the topic: each event once").hasSize(expected);
            List<Long> oneToRounds = LongStream.rangeClosed(1, ROUNDS).boxed().toList();
            Map<String, List<Long>> sequences = byKey(records, "ce_streamsequence");
            assertThat(sequences.keySet()).containsExactlyInAnyOrderElementsOf(aggregates);
            assertThat(sequences.values()).as("stream numbers per key, in topic order")
                    .allSatisfy(seen -> assertThat(seen).isEqualTo(oneToRounds));
            assertThat(byKey(records, "ce_aggregateversion").values()).as("versions per key, in topic order")
                    .allSatisfy(seen -> assertThat(seen).isEqualTo(oneToRounds));
        }
    }

    private static Map<String, List<Long>> byKey(List<ConsumerRecord<String, byte[]>> records, String header) {
        Map<String, List<Long>> byKey = new LinkedHashMap<>();
        records.forEach(r -> byKey.computeIfAbsent(r.key(), k -> new ArrayList<>())
                .add(Long.parseLong(TopicProbe.header(r, header))));
        return byKey;
    }

    private KafkaBroker startBroker() {
        return KafkaBroker.start(kafkaDir, kafkaPort, controllerPort, kafkaDir.resolve("kafka.log"));
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("ascend-kafka-outbox-test");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
