package org.ascend.reporting.config;

import org.apache.kafka.clients.admin.NewTopic;
import org.ascend.reporting.Topics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** Topics this service owns (docs/events.md: one per aggregate, versioned). */
@Configuration(proxyBeanMethods = false)
class TopicsConfiguration {

    @Bean
    NewTopic statisticsTopic() {
        return TopicBuilder.name(Topics.STATISTICS).partitions(3).build();
    }

    @Bean
    NewTopic reportTopic() {
        return TopicBuilder.name(Topics.REPORT).partitions(3).build();
    }
}
