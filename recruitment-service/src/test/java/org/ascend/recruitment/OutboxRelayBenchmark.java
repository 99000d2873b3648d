package org.ascend.recruitment;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.tools.ProducerPerformance;
import org.ascend.outboxtest.BurstEvent;
import org.ascend.platform.test.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark, not a test ({@code bench/outbox.sh}, or {@code ./mvnw -pl recruitment-service test
 * -Dtest=OutboxRelayBenchmark -Dbench.events=N}): the outbox relay's events per second, from the first commit to the
 * last record on the topic, beside Kafka's own producer benchmark (kafka-producer-perf-test) on the same broker with
 * the same record count and value size and the platform's producer guarantees (acks=all, idempotence), as a ratio.
 * Writers commit 100 events a transaction, so the outbox fills faster than it drains and the relay sets the pace.
 */
@SpringBootTest(properties = "spring.kafka.admin.auto-create=false")
class OutboxRelayBenchmark {

    private static final int AGGREGATES = 1_000;
    private static final int PER_TRANSACTION = 100;
    private static final OutboxBurst burst = new OutboxBurst(AGGREGATES);

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    @DynamicPropertySource
    static void ownBroker(DynamicPropertyRegistry registry) {
        burst.register(registry);
    }

    @AfterAll
    static void stopBroker() {
        burst.stopBroker();
    }

    @Test
    void relayThroughputBesideKafkasProducerPerfTest() throws Exception {
        int rounds = Math.max(1, Integer.getInteger("bench.events", 20_000) / AGGREGATES);
        int total = rounds * AGGREGATES;
        List<ConsumerRecord<String, byte[]>> records;
        Instant began = Instant.now();
        Instant committed;
        try (var probe = TopicProbe.reading(burst.bootstrapServers(), BurstEvent.TOPIC)) {
            commit(rounds);
            committed = Instant.now();
            records = probe.pollUntil(seen -> seen.size() >= total, Duration.ofMinutes(15));
        }
        long lastSent = records.stream().mapToLong(ConsumerRecord::timestamp).max().orElseThrow();
        double relay = total / ((lastSent - began.toEpochMilli()) / 1000.0);
        double commits = total / (Duration.between(began, committed).toMillis() / 1000.0);
        int valueSize = (int) records.stream().mapToInt(r -> r.value().length).average().orElseThrow();

        double producer = producerPerfTest(total, valueSize);
        System.out.printf("%nOutbox relay against kafka-producer-perf-test, %,d events of %d-byte values, one broker, "
                + "acks=all, idempotent%n", total, valueSize);
        System.out.printf("  writers committed  %10.0f events/s (%d a transaction)%n", commits, PER_TRANSACTION);
        System.out.printf("  outbox relay       %10.0f events/s (first commit to last record on the topic)%n", relay);
        System.out.printf("  producer-perf-test %10.0f records/s (same count and value size; no CloudEvents headers)%n", producer);
        System.out.printf("  ratio              %10.3f of the bare producer%n%n", relay / producer);
    }

    /** Round r gives every aggregate its version r, 100 aggregates a transaction, two writers. */
    private void commit(int rounds) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= rounds; round++) {
                long version = round;
                List<Future<?>> commits = new ArrayList<>();
                for (int from = 0; from < AGGREGATES; from += PER_TRANSACTION) {
                    List<String> batch = burst.aggregates.subList(from, from + PER_TRANSACTION);
                    commits.add(writers.submit(() -> transaction.executeWithoutResult(status -> batch.forEach(aggregate ->
                            events.publishEvent(new BurstEvent(UUID.randomUUID(), aggregate, version, Instant.now()))))));
                }
                for (Future<?> commit : commits) {
                    commit.get();
                }
            }
        } finally {
            writers.shutdown();
        }
    }

    /** Kafka's ProducerPerformance (what kafka-producer-perf-test runs) on the same broker; its records/s. */
    private static double producerPerfTest(int records, int valueSize) {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            ProducerPerformance.main(new String[] {"--topic", "ascend.bench.producer-perf", "--num-records",
                    String.valueOf(records), "--record-size", String.valueOf(valueSize), "--throughput", "-1",
                    "--producer-props", "bootstrap.servers=" + burst.bootstrapServers(), "acks=all", "enable.idempotence=true"});
        } catch (Exception e) {
            throw new IllegalStateException("kafka-producer-perf-test failed", e);
        } finally {
            System.setOut(console);
        }
        String output = printed.toString(StandardCharsets.UTF_8);
        Matcher summary = Pattern.compile("(\\d+) records sent, ([\\d.]+) records/sec").matcher(output);
        double rate = -1;
        while (summary.find()) {
            rate = Double.parseDouble(summary.group(2)); // the last line is the whole run's
        }
        if (rate < 0) {
            throw new IllegalStateException("kafka-producer-perf-test printed no summary:\n" + output);
        }
        return rate;
    }
}
