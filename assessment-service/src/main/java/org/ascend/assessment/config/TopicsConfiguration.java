package org.ascend.assessment.config;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The topic this service owns, and the dead-letter topic of the one it consumes. */
@Configuration(proxyBeanMethods = false)
class TopicsConfiguration {

    @Bean
    NewTopic caseTopic() {
        return TopicBuilder.name("ascend.assessment.case.v1").partitions(3).build();
    }

    @Bean
    NewTopic applicationDeadLetters() {
        return TopicBuilder.name("ascend.recruitment.application.v1.dlt").partitions(1).build();
    }
}
