package org.ascend.recruitment.config;

import org.apache.kafka.clients.admin.NewTopic;
import org.ascend.recruitment.Topics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** Topics this service owns (docs/events.md: one per aggregate, versioned). */
@Configuration(proxyBeanMethods = false)
class TopicsConfiguration {

    @Bean
    NewTopic intakeTopic() {
        return TopicBuilder.name(Topics.INTAKE).partitions(3).build();
    }

    /** Restricted: equality monitoring, readable by reporting only (docs/kafka-security.md). */
    @Bean
    NewTopic equalityTopic() {
        return TopicBuilder.name(Topics.EQUALITY).partitions(3).build();
    }

    /** Restricted: applicants' employers, readable by assessment only, for conflict-of-interest checks. */
    @Bean
    NewTopic conflictTopic() {
        return TopicBuilder.name(Topics.CONFLICT).partitions(3).build();
    }

    /** Restricted: who each offer of a cohort place is for, readable by cohort only. */
    @Bean
    NewTopic offereeTopic() {
        return TopicBuilder.name(Topics.OFFEREE).partitions(3).build();
    }

    @Bean
    NewTopic applicationTopic() {
        return TopicBuilder.name(Topics.APPLICATION).partitions(3).build();
    }

    /** Erasure and retention: every service anonymises what it holds about the listed applications. */
    @Bean
    NewTopic applicantTopic() {
        return TopicBuilder.name(Topics.APPLICANT).partitions(3).build();
    }
}
