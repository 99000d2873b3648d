package org.ascend.kafka.tools;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends the records of a dead-letter topic ({@code <topic>.dlt}) back to their topic, once the cause is fixed
 * (docs/operations.md, "Replaying dead letters"). Each goes back byte for byte with its CloudEvent headers and key,
 * without the {@code kafka_dlt-*} headers that said why it failed. Only what was in the dead-letter topic when the
 * replay started is replayed, and each replayed record is committed under the group {@value #GROUP}, so running it
 * again replays only what failed since. Consumers skip events they already applied (their inbox), so a record
 * replayed twice does no harm.
 */
public final class DeadLetterReplay {

    static final String SUFFIX = ".dlt";
    static final String GROUP = "ascend-dead-letter-replay";
    private static final String DEAD_LETTER_HEADERS = "kafka_dlt-";

    private final Properties connection;
    private final Consumer<String> progress;

    public DeadLetterReplay(Properties connection, Consumer<String> progress) {
        this.connection = connection;
        this.progress = progress;
    }

    /** Replays (or with {@code dryRun} only lists) the dead letters; returns how many there were. */
    public int replay(String deadLetterTopic, boolean dryRun) {
        String topic = deadLetterTopic.substring(0, deadLetterTopic.length() - SUFFIX.length());
        try (var consumer = new KafkaConsumer<byte[], byte[]>(consumerConfig());
             var producer = new KafkaProducer<byte[], byte[]>(producerConfig())) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetterTopic).stream()
                    .map(info -> new TopicPartition(deadLetterTopic, info.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(java.util.Set.copyOf(partitions));
            partitions.forEach(partition -> consumer.seek(partition, committed.get(partition) == null
                    ? consumer.beginningOffsets(List.of(partition)).get(partition) : committed.get(partition).offset()));
            long waiting = partitions.stream().mapToLong(p -> end.get(p) - consumer.position(p)).sum();
            progress.accept((dryRun ? "Would replay " : "Replaying ") + waiting + " dead letters from " + deadLetterTopic
                    + " to " + topic);
            int done = 0;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofSeconds(2))) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue; // arrived after the start: the next run's
                    }
                    progress.accept("  " + (dryRun ? "would replay" : "replayed") + " partition " + record.partition()
                            + " offset " + record.offset() + " " + header(record, "ce_type") + " " + header(record, "ce_id")
                            + (dryRun ? " (failed: " + header(record, "kafka_dlt-exception-message") + ")" : ""));
                    if (!dryRun) {
                        producer.send(back(topic, record)).get();
                        consumer.commitSync(Map.of(new TopicPartition(record.topic(), record.partition()),
                                new OffsetAndMetadata(record.offset() + 1)));
                    }
                    done++;
                }
            }
            progress.accept((dryRun ? "Would replay " : "Replayed ") + done + " dead letters to " + topic);
            return done;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Kafka did not take a replayed record: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ProducerRecord<byte[], byte[]> back(String topic, ConsumerRecord<byte[], byte[]> record) {
        var replayed = new ProducerRecord<byte[], byte[]>(topic, null, record.key(), record.value());
        for (Header header : record.headers()) {
            if (!header.key().startsWith(DEAD_LETTER_HEADERS)) {
                replayed.headers().add(header);
            }
        }
        return replayed;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "-" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private Properties consumerConfig() {
        Properties config = new Properties();
        config.putAll(connection);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return config;
    }

    private Properties producerConfig() {
        Properties config = new Properties();
        config.putAll(connection);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return config;
    }
}
