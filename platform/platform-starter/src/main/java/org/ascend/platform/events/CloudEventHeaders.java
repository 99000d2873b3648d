package org.ascend.platform.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;

/**
 * Kafka headers of a CloudEvents 1.0 binary-mode message (Kafka protocol binding): one
 * {@code ce_<attribute>} header per attribute plus {@code content-type}. The SDK's builder checks
 * the attributes; values are bytes so Spring's header mapper adds no type hints of its own.
 */
public final class CloudEventHeaders {

    public static final String AGGREGATE_VERSION = "aggregateversion";

    /** Position of the event among its topic's events for the same key: 1, 2, 3… without gaps. */
    public static final String STREAM_SEQUENCE = "streamsequence";

    private CloudEventHeaders() {
    }

    public static Map<String, Object> of(DomainEvent event, String source, Map<String, String> extensions) {
        PublishedAs publishedAs = publishedAs(event.getClass());
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(event.eventId().toString())
                .withType(publishedAs.type())
                .withSource(URI.create(source))
                .withSubject(event.aggregateId())
                .withTime(event.occurredAt().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withExtension(AGGREGATE_VERSION, event.aggregateVersion());
        extensions.forEach(builder::withExtension);
        CloudEvent envelope = builder.build();
        Map<String, Object> headers = new LinkedHashMap<>();
        for (String name : envelope.getAttributeNames()) {
            if (name.equals("datacontenttype")) {
                headers.put("content-type", bytes(envelope.getDataContentType()));
            } else {
                headers.put("ce_" + name, bytes(String.valueOf(envelope.getAttribute(name))));
            }
        }
        headers.put("ce_time", bytes(envelope.getTime().toString()));
        for (String name : envelope.getExtensionNames()) {
            headers.put("ce_" + name, bytes(String.valueOf(envelope.getExtension(name))));
        }
        return headers;
    }

    public static PublishedAs publishedAs(Class<?> type) {
        PublishedAs publishedAs = type.getAnnotation(PublishedAs.class);
        if (publishedAs == null) {
            throw new IllegalStateException(type.getSimpleName() + " is a DomainEvent without @PublishedAs");
        }
        return publishedAs;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
