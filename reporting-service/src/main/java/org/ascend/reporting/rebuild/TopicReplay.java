package org.ascend.reporting.rebuild;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;

/**
 * Every partition of some topics, read from its first record up to a given offset, outside any consumer group: the
 * replay neither joins the live consumers' group nor moves its offsets.
 */
final class TopicReplay implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaConsumer<String, CloudEvent> consumer;
    private final List<TopicPartition> partitions = new ArrayList<>();

    TopicReplay(Map<String, Object> consumerConfig, Collection<String> topics) {
        Map<String, Object> config = new HashMap<>(consumerConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
        this.consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ErrorHandlingDeserializer<>(new CloudEventDeserializer()));
        for (String topic : topics) {
            List<PartitionInfo> found = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (found != null) { // a topic nobody has written yet has nothing to replay
                found.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
            }
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Partitions whose first records are gone (topic retention): a replay of them would miss events. */
    Map<TopicPartition, Long> trimmed() {
        Map<TopicPartition, Long> trimmed = new HashMap<>();
        consumer.beginningOffsets(partitions).forEach((partition, first) -> {
            if (first > 0) {
                trimmed.put(partition, first);
            }
        });
        return trimmed;
    }

    /** Where each partition ends now. */
    Map<TopicPartition, Long> ends() {
        return consumer.endOffsets(partitions);
    }

    /** How many records lie between the first ones and {@code ends}. */
    long records(Map<TopicPartition, Long> ends) {
        Map<TopicPartition, Long> firsts = consumer.beginningOffsets(partitions);
        return ends.entrySet().stream().mapToLong(end -> end.getValue() - firsts.get(end.getKey())).sum();
    }

    /** Hands every record before {@code ends} to {@code batch}, a poll's worth at a time, in each partition's order. */
    void replayUntil(Map<TopicPartition, Long> ends, Consumer<List<ConsumerRecord<String, CloudEvent>>> batch) {
        while (!reached(ends)) {
            List<ConsumerRecord<String, CloudEvent>> records = new ArrayList<>();
            for (ConsumerRecord<String, CloudEvent> record : consumer.poll(POLL)) {
                if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                    records.add(record);
                }
            }
            if (!records.isEmpty()) {
                batch.accept(records);
            }
        }
        // Records past the ends were fetched but not handed over: read them again next time.
        ends.forEach((partition, end) -> {
            if (consumer.position(partition) > end) {
                consumer.seek(partition, end);
            }
        });
    }

    private boolean reached(Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    @Override
    public void close() {
        consumer.close();
    }
}
