package org.ascend.cohort.config;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The dead-letter topic of the topic this service consumes. */
@Configuration(proxyBeanMethods = false)
class TopicsConfiguration {

    @Bean
    NewTopic intakeDeadLetters() {
        return TopicBuilder.name("ascend.recruitment.intake.v1.dlt").partitions(1).build();
    }
}
