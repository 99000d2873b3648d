package org.ascend.platform.events.consume;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;

/**
 * A CloudEvent as stored while held back (table {@code held_event}): its attributes, extensions and data,
 * enough to hand the same event to its handler later.
 */
record HeldEvent(String id, String type, String source, String subject, String time, String dataContentType,
        Map<String, String> extensions, byte[] data) {

    static HeldEvent of(CloudEvent event) {
        Map<String, String> extensions = new LinkedHashMap<>();
        event.getExtensionNames().forEach(name -> extensions.put(name, String.valueOf(event.getExtension(name))));
        return new HeldEvent(event.getId(), event.getType(), String.valueOf(event.getSource()), event.getSubject(),
                event.getTime() == null ? null : event.getTime().toString(), event.getDataContentType(), extensions,
                event.getData() == null ? null : event.getData().toBytes());
    }

    CloudEvent toCloudEvent() {
        CloudEventBuilder builder = CloudEventBuilder.v1().withId(id).withType(type).withSource(URI.create(source))
                .withSubject(subject).withDataContentType(dataContentType);
        if (time != null) {
            builder.withTime(OffsetDateTime.parse(time));
        }
        if (data != null) {
            builder.withData(data);
        }
        extensions.forEach(builder::withExtension);
        return builder.build();
    }
}
