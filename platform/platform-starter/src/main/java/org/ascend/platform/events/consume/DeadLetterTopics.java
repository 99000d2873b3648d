package org.ascend.platform.events.consume;

import java.util.Arrays;

import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** Creates {@code <topic>.dlt} for every topic this service listens to, so no service declares its own. */
class DeadLetterTopics implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterTopics.class);

    private final KafkaListenerEndpointRegistry listeners;
    private final KafkaAdmin admin;

    DeadLetterTopics(KafkaListenerEndpointRegistry listeners, KafkaAdmin admin) {
        this.listeners = listeners;
        this.admin = admin;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        NewTopic[] deadLetterTopics = listeners.getListenerContainers().stream()
                .flatMap(container -> Arrays.stream(container.getContainerProperties().getTopics()))
                .distinct()
                .map(topic -> TopicBuilder.name(topic + ConsumerConfiguration.DEAD_LETTER_SUFFIX).partitions(1).build())
                .toArray(NewTopic[]::new);
        if (deadLetterTopics.length == 0) {
            return;
        }
        try {
            admin.createOrModifyTopics(deadLetterTopics);
        } catch (RuntimeException e) {
            // The broker may be down at start; the first dead letter then creates the topic.
            log.warn("Could not create dead-letter topics yet: {}", e.getMessage());
        }
    }
}
