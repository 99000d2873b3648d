package org.ascend.platform.events;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.support.converter.ByteArrayJacksonJsonMessageConverter;
import org.springframework.messaging.Message;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes event payloads as JSON bytes like Spring Kafka's converter, minus its {@code __TypeId__}
 * header: a Java class name must never reach the wire (docs/events.md). The CloudEvents
 * {@code ce_type} header says what the event is.
 */
public class NoTypeHeadersJsonConverter extends ByteArrayJacksonJsonMessageConverter {

    public NoTypeHeadersJsonConverter(JsonMapper json) {
        super(json);
    }

    @Override
    protected Headers initialRecordHeaders(Message<?> message) {
        return new RecordHeaders();
    }
}
