package org.ascend.assessment.config;

import org.apache.kafka.clients.admin.NewTopic;
import org.ascend.assessment.Topics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The topic this service owns. */
@Configuration(proxyBeanMethods = false)
class TopicsConfiguration {

    @Bean
    NewTopic caseTopic() {
        return TopicBuilder.name(Topics.CASE).partitions(3).build();
    }

    @Bean
    NewTopic reliabilityTopic() {
        return TopicBuilder.name(Topics.RELIABILITY).partitions(3).build();
    }
}
