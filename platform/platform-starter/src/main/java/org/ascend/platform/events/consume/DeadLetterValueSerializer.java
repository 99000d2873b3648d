package org.ascend.platform.events.consume;

import io.cloudevents.CloudEvent;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes a failed record back to its dead-letter topic byte for byte: the recoverer copies the
 * original {@code ce_*} headers, so the dead letter is the original binary-mode CloudEvent plus
 * Spring's {@code kafka_dlt-exception-*} headers saying what went wrong.
 */
public class DeadLetterValueSerializer implements Serializer<Object> {

    @Override
    public byte[] serialize(String topic, Object value) {
        if (value == null || value instanceof byte[]) {
            return (byte[]) value;
        }
        if (value instanceof CloudEvent event) {
            return event.getData() == null ? null : event.getData().toBytes();
        }
        throw new IllegalArgumentException("Cannot dead-letter a value of type " + value.getClass().getSimpleName());
    }
}
