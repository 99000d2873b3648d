package org.ascend.platform.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import io.micrometer.observation.ObservationRegistry;
import io.namastack.outbox.handler.OutboxHandler;
import io.namastack.outbox.handler.OutboxRecordMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.ascend.platform.tracing.CarriedTraceContext;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Sends an outbox record to its topic as a CloudEvent (binary mode: {@code ce_*} headers, JSON value, the
 * aggregate id as key) and returns only once the broker has it. Until then the outbox holds back that
 * aggregate's later events; a failed send is tried again by the outbox, never while the first is in flight.
 * The producer is idempotent, so its own retries inside one send never write a record twice.
 */
public class KafkaEventSender implements OutboxHandler, DisposableBean {

    private final DefaultKafkaProducerFactory<String, byte[]> producers;
    private final KafkaTemplate<String, byte[]> kafka;
    private final JsonMapper json;
    private final String source;
    private final CarriedTraceContext trace;

    public KafkaEventSender(DefaultKafkaProducerFactory<String, byte[]> producers, JsonMapper json, String applicationName,
            CarriedTraceContext trace, ObservationRegistry observations) {
        this.producers = producers;
        this.trace = trace;
        this.kafka = new KafkaTemplate<>(producers);
        // The send is observed: a producer span, and the W3C traceparent header on the record for the consumer.
        kafka.setObservationEnabled(true);
        kafka.setObservationRegistry(observations);
        this.json = json;
        this.source = "/ascend/" + applicationName;
    }

    @Override
    public boolean supports(Object payload, OutboxRecordMetadata metadata) {
        return payload instanceof DomainEvent;
    }

    @Override
    public void handle(Object payload, OutboxRecordMetadata metadata) {
        DomainEvent event = (DomainEvent) payload;
        var record = new ProducerRecord<String, byte[]>(CloudEventHeaders.publishedAs(event.getClass()).topic(),
                event.aggregateId(), json.writeValueAsBytes(event));
        CloudEventHeaders.of(event, source, extensions(metadata.getContext()))
                .forEach((name, value) -> record.headers().add(new RecordHeader(name, (byte[]) value)));
        trace.within(metadata.getContext(), "outbox send " + record.topic(), () -> send(event, record));
    }

    private Object send(DomainEvent event, ProducerRecord<String, byte[]> record) {
        try {
            return kafka.send(record).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka did not take " + event.getClass().getSimpleName() + " "
                    + event.eventId() + ": " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending " + event.eventId(), e);
        }
    }

    @Override
    public void destroy() {
        producers.destroy();
    }

    private static Map<String, String> extensions(Map<String, String> context) {
        Map<String, String> extensions = new LinkedHashMap<>();
        for (String name : new String[] {DomainEventOutbox.SEQUENCE, DomainEventOutbox.CORRELATION_ID}) {
            if (context.get(name) != null) {
                extensions.put(name, context.get(name));
            }
        }
        return extensions;
    }
}
