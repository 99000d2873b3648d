package org.ascend.platform.events.consume;

import java.nio.charset.StandardCharsets;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.ascend.platform.correlation.CorrelationId;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Handles each event under the correlation id it arrived with, so consumer logs and the events a consumer publishes
 * in turn carry the same id as the request that started it all. (The trace context comes with the record too, taken
 * up by the listener's observation.)
 */
class EventContextInterceptor implements RecordInterceptor<String, CloudEvent> {

    @Override
    public ConsumerRecord<String, CloudEvent> intercept(ConsumerRecord<String, CloudEvent> record,
            Consumer<String, CloudEvent> consumer) {
        CorrelationId.enter(header(record, "ce_correlationid"));
        return record;
    }

    @Override
    public void afterRecord(ConsumerRecord<String, CloudEvent> record, Consumer<String, CloudEvent> consumer) {
        CorrelationId.leave();
    }

    private static String header(ConsumerRecord<String, CloudEvent> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
