package org.ascend.reporting;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.ascend.platform.test.TestInfrastructure;
import org.awaitility.Awaitility;

/**
 * Waits until reporting's live consumers have applied every record of the topics they read (their lag is zero). A
 * partition they have not committed on yet counts from its first record: a topic created a moment ago, whose first
 * records are still in flight (and which the consumers may not even be assigned yet), is not caught up.
 */
public final class ConsumerLag {

    private static final String GROUP = "reporting-service";

    private ConsumerLag() {
    }

    /** {@code topics}: every topic the live consumers read (ReadModelRebuilder#topics). */
    public static void awaitNone(Duration atMost, Collection<String> topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka()))) {
            Awaitility.await("the live consumers caught up").atMost(atMost).pollInterval(Duration.ofMillis(250))
                    .until(() -> caughtUp(admin, topics));
        }
    }

    private static boolean caughtUp(Admin admin, Collection<String> topics) throws Exception {
        Set<String> existing = new HashSet<>(admin.listTopics().names().get());
        existing.retainAll(topics);
        Set<TopicPartition> partitions = new HashSet<>();
        admin.describeTopics(existing).allTopicNames().get().values().forEach(topic -> topic.partitions()
                .forEach(partition -> partitions.add(new TopicPartition(topic.name(), partition.partition()))));
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get();
        if (partitions.isEmpty()) {
            return true;
        }
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = offsets(admin, partitions, OffsetSpec.latest());
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> firsts = offsets(admin, partitions, OffsetSpec.earliest());
        Map<TopicPartition, Long> applied = new HashMap<>();
        partitions.forEach(p -> applied.put(p, committed.get(p) != null ? committed.get(p).offset() : firsts.get(p).offset()));
        return partitions.stream().allMatch(p -> applied.get(p) >= ends.get(p).offset());
    }

    private static Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets(Admin admin, Set<TopicPartition> partitions,
            OffsetSpec spec) throws Exception {
        return admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> spec))).all().get();
    }
}
