package org.ascend.platform.events.consume;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

/**
 * Makes each listener a static member of its group (docs/reliability.md, "Restarts"): named after this instance and
 * the listener's topics, so the name is the same after a restart and differs between listeners. A restarted instance
 * then takes its partitions back as soon as it polls, instead of waiting for the group to give up on the consumer it
 * replaced (Kafka's session timeout). Spring Kafka adds "-n" per concurrent consumer. Kafka takes only ASCII letters, digits, ".", "_" and "-" in the name.
 */
class StaticMembership<V> implements ContainerCustomizer<String, V, ConcurrentMessageListenerContainer<String, V>> {

    private final String instanceId;

    StaticMembership(String instanceId) {
        this.instanceId = instanceId;
    }

    @Override
    public void configure(ConcurrentMessageListenerContainer<String, V> container) {
        String topics = Arrays.stream(container.getContainerProperties().getTopics())
                .map(topic -> topic.replaceFirst("^ascend\\.", "")).sorted().collect(Collectors.joining("_"));
        container.getContainerProperties().getKafkaConsumerProperties()
                .setProperty(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, instanceId + "." + topics);
    }
}
