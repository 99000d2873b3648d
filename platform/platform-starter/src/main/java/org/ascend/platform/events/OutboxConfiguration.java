package org.ascend.platform.events;

import java.util.Map;

import io.namastack.outbox.Outbox;
import org.ascend.platform.events.coalesce.CoalescedUpdates;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.ApplicationEventPublisher;
import io.micrometer.observation.ObservationRegistry;
import org.ascend.platform.tracing.CarriedTraceContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * The transactional outbox (docs/adr/0011): every {@link DomainEvent} is stored with the business change
 * (namastack-outbox's {@code outbox_record}) and sent to Kafka afterwards, each aggregate's events one at a
 * time and in order, by one instance at a time. A send that fails (broker down) holds that aggregate back
 * and is tried again with backoff until Kafka takes it; a sent record is deleted.
 */
@Configuration(proxyBeanMethods = false)
public class OutboxConfiguration {

    @Bean
    EventStreamSequence eventStreamSequence(JdbcClient jdbc) {
        return new EventStreamSequence(jdbc);
    }

    @Bean
    CoalescedUpdates coalescedUpdates(JdbcClient jdbc, JsonMapper json) {
        return new CoalescedUpdates(jdbc, json);
    }

    @Bean
    OutboxBacklogMetrics outboxBacklogMetrics(JdbcClient jdbc) {
        return new OutboxBacklogMetrics(jdbc);
    }

    @Bean
    DomainEventOutbox domainEventOutbox(Outbox outbox, EventStreamSequence sequence, CarriedTraceContext trace) {
        return new DomainEventOutbox(outbox, sequence, trace);
    }

    @Bean
    ModulithPublicationsCarriedOver modulithPublicationsCarriedOver(JdbcClient jdbc, JsonMapper json,
            ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        return new ModulithPublicationsCarriedOver(jdbc, json, events, new TransactionTemplate(transactions));
    }

    @Bean
    KafkaEventSender kafkaEventSender(KafkaProperties properties, JsonMapper json,
            @Value("${spring.application.name}") String applicationName, CarriedTraceContext trace,
            ObjectProvider<ObservationRegistry> observations) {
        Map<String, Object> config = properties.buildProducerProperties();
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        var producers = new DefaultKafkaProducerFactory<String, byte[]>(config);
        producers.setPhysicalCloseTimeout(5);
        return new KafkaEventSender(producers, json, applicationName, trace,
                observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }
}
