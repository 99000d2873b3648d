package org.ascend.reporting;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.ascend.platform.test.TestInfrastructure;
import org.awaitility.Awaitility;

/** Waits until reporting's live consumers have applied every record on every topic they read (their lag is zero). */
public final class ConsumerLag {

    private ConsumerLag() {
    }

    public static void awaitNone(Duration atMost) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka()))) {
            Awaitility.await("the live consumers caught up").atMost(atMost).pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        Map<TopicPartition, OffsetAndMetadata> committed = admin
                                .listConsumerGroupOffsets("reporting-service").partitionsToOffsetAndMetadata().get();
                        Map<TopicPartition, OffsetSpec> latest = committed.keySet().stream()
                                .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
                        var ends = admin.listOffsets(latest).all().get();
                        return !committed.isEmpty() && committed.entrySet().stream()
                                .allMatch(c -> c.getValue().offset() >= ends.get(c.getKey()).offset());
                    });
        }
    }
}
