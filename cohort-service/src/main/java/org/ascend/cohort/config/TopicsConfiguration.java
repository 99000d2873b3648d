package org.ascend.cohort.config;

import org.apache.kafka.clients.admin.NewTopic;
import org.ascend.cohort.Topics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** Topics this service owns (docs/events.md: one per aggregate, versioned). */
@Configuration(proxyBeanMethods = false)
class TopicsConfiguration {

    @Bean
    NewTopic offerTopic() {
        return TopicBuilder.name(Topics.OFFER).partitions(3).build();
    }

    @Bean
    NewTopic participantTopic() {
        return TopicBuilder.name(Topics.PARTICIPANT).partitions(3).build();
    }

    @Bean
    NewTopic planTopic() {
        return TopicBuilder.name(Topics.PLAN).partitions(3).build();
    }

    /** Career tracking: consent, moves and check-ins (docs/adr/0015). */
    @Bean
    NewTopic careerTopic() {
        return TopicBuilder.name(Topics.CAREER).partitions(3).build();
    }

    /** Regional networks' events (docs/adr/0015). */
    @Bean
    NewTopic networkTopic() {
        return TopicBuilder.name(Topics.NETWORK).partitions(3).build();
    }

    @Bean
    NewTopic sessionTopic() {
        return TopicBuilder.name(Topics.SESSION).partitions(3).build();
    }
}
