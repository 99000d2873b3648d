package org.ascend.platform.events.consume;

import java.util.Map;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.ascend.platform.config.PlatformProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.FixedBackOff;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * How every service consumes (docs/events.md): values read as CloudEvents by the SDK behind an
 * {@link ErrorHandlingDeserializer}; bounded retries, then the record goes to {@code <topic>.dlt}
 * with its error, and the partition keeps flowing. Nothing is acknowledged before it is handled.
 */
@Configuration(proxyBeanMethods = false)
public class ConsumerConfiguration {

    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    @Bean
    ConsumerFactory<String, CloudEvent> cloudEventConsumerFactory(KafkaProperties properties,
            ObjectProvider<MeterRegistry> meters) {
        Map<String, Object> config = properties.buildConsumerProperties();
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class);
        config.put(ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS, CloudEventDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        var factory = new DefaultKafkaConsumerFactory<String, CloudEvent>(config);
        // The Kafka client's own metrics, consumer lag included, for the dashboard (docs/operations.md).
        meters.ifAvailable(registry -> factory.addListener(new MicrometerConsumerListener<>(registry)));
        return factory;
    }

    @Bean
    DefaultErrorHandler deadLetteringErrorHandler(KafkaProperties properties, PlatformProperties platform) {
        Map<String, Object> config = properties.buildProducerProperties();
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, DeadLetterValueSerializer.class);
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        var template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<Object, Object>(config));
        var recoverer = new DeadLetterPublishingRecoverer(template,
                (record, error) -> new TopicPartition(record.topic() + DEAD_LETTER_SUFFIX, -1));
        var handler = new DefaultErrorHandler(recoverer,
                new FixedBackOff(platform.consumer().retryInterval().toMillis(), platform.consumer().retries()));
        handler.addNotRetryableExceptions(EventRejectedException.class, JacksonException.class);
        return handler;
    }

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, CloudEvent> kafkaListenerContainerFactory(
            ConsumerFactory<String, CloudEvent> cloudEventConsumerFactory, DefaultErrorHandler deadLetteringErrorHandler,
            PlatformProperties platform) {
        var factory = new ConcurrentKafkaListenerContainerFactory<String, CloudEvent>();
        if (!platform.consumer().instanceId().isEmpty()) {
            factory.setContainerCustomizer(new StaticMembership<>(platform.consumer().instanceId()));
        }
        factory.setConsumerFactory(cloudEventConsumerFactory);
        factory.setCommonErrorHandler(deadLetteringErrorHandler);
        factory.setRecordInterceptor(new EventContextInterceptor());
        // Each record is handled in a consumer span that continues the producer's trace (its traceparent header).
        factory.getContainerProperties().setObservationEnabled(true);
        return factory;
    }

    @Bean
    DeadLetterTopics deadLetterTopics(KafkaListenerEndpointRegistry listeners, KafkaAdmin admin) {
        return new DeadLetterTopics(listeners, admin);
    }

    @Bean
    EventInbox eventInbox(JdbcClient jdbc, JsonMapper json) {
        return new EventInbox(jdbc, json);
    }
}
