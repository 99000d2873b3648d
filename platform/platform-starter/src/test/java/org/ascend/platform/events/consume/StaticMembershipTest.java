package org.ascend.platform.events.consume;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each listener's static member name: the same after a restart, different for each listener of one instance. */
class StaticMembershipTest {

    @Test
    void namesEachListenerAfterTheInstanceAndItsTopics() {
        var funnel = container("ascend.recruitment.intake.v1", "ascend.cohort.offer.v1");
        var career = container("ascend.cohort.career.v1");

        new StaticMembership<String>("reporting-7f9c").configure(funnel);
        new StaticMembership<String>("reporting-7f9c").configure(career);

        assertThat(instanceId(funnel)).isEqualTo("reporting-7f9c.cohort.offer.v1_recruitment.intake.v1");
        assertThat(instanceId(career)).isEqualTo("reporting-7f9c.cohort.career.v1");
        assertThat(instanceId(funnel)).as("what Kafka accepts as a group instance id").matches("[A-Za-z0-9._-]{1,249}");
    }

    private static ConcurrentMessageListenerContainer<String, String> container(String... topics) {
        return new ConcurrentMessageListenerContainer<>(new DefaultKafkaConsumerFactory<>(Map.of()), new ContainerProperties(topics));
    }

    private static String instanceId(ConcurrentMessageListenerContainer<String, String> container) {
        return container.getContainerProperties().getKafkaConsumerProperties().getProperty(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
    }
}
