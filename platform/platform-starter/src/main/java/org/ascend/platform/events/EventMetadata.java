package org.ascend.platform.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.ascend.platform.correlation.CorrelationId;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps the request context (correlation id, traceparent) of each published {@link DomainEvent} next
 * to the outbox: written synchronously in the publishing transaction, read when the event is sent,
 * which may be later, on another thread, or after a restart.
 */
public class EventMetadata {

    private final JdbcClient jdbc;

    public EventMetadata(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void recordContextOf(DomainEvent event) {
        String correlationId = CorrelationId.current().orElse(null);
        String traceparent = CorrelationId.traceparent().orElse(null);
        if (correlationId == null && traceparent == null) {
            return;
        }
        jdbc.sql("""
                INSERT INTO event_metadata (event_id, correlation_id, traceparent) VALUES (:id, :correlation, :trace)
                ON CONFLICT (event_id) DO NOTHING""")
                .param("id", event.eventId()).param("correlation", correlationId).param("trace", traceparent)
                .update();
    }

    /** CloudEvents extension attributes for the event: {@code correlationid}, {@code traceparent}. */
    Map<String, String> extensionsOf(UUID eventId) {
        Map<String, String> extensions = new LinkedHashMap<>();
        jdbc.sql("SELECT correlation_id, traceparent FROM event_metadata WHERE event_id = :id").param("id", eventId)
                .query(rs -> {
                    if (rs.getString(1) != null) {
                        extensions.put("correlationid", rs.getString(1));
                    }
                    if (rs.getString(2) != null) {
                        extensions.put("traceparent", rs.getString(2));
                    }
                });
        return extensions;
    }
}
