package org.ascend.platform.test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;

/** Builds binary-mode CloudEvents records the way producers on the platform send them. */
public final class CloudEventRecords {

    private CloudEventRecords() {
    }

    public static ProducerRecord<String, byte[]> binary(String topic, String key, String type, String eventId,
            byte[] data) {
        var record = new ProducerRecord<String, byte[]>(topic, key, data);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", eventId);
        header(record, "ce_type", type);
        header(record, "ce_source", "/ascend/test");
        header(record, "ce_subject", key);
        header(record, "ce_time", Instant.now().toString());
        header(record, "ce_aggregateversion", "1");
        header(record, "content-type", "application/json");
        return record;
    }

    public static ProducerRecord<String, byte[]> binary(String topic, String key, String type, byte[] data) {
        return binary(topic, key, type, UUID.randomUUID().toString(), data);
    }

    /** A record no CloudEvents reader accepts: no ce_* headers at all. */
    public static ProducerRecord<String, byte[]> withoutEnvelope(String topic, String key, String text) {
        return new ProducerRecord<>(topic, key, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }
}
