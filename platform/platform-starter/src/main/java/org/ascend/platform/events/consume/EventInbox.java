package org.ascend.platform.events.consume;

import java.time.Instant;
import java.sql.Timestamp;

import io.cloudevents.CloudEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Makes consumers idempotent: records the CloudEvents id in the consumer's own transaction, insert
 * first then act, so a redelivered event finds its id taken and has no second effect (docs/events.md).
 */
public class EventInbox {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public EventInbox(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** True the first time this event id is seen; call inside the transaction that applies the effect. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean firstDelivery(CloudEvent event) {
        int inserted = jdbc.sql("""
                INSERT INTO processed_event (event_id, event_type, received_at)
                VALUES (:id, :type, :at) ON CONFLICT (event_id) DO NOTHING""")
                .param("id", event.getId())
                .param("type", event.getType())
                .param("at", Timestamp.from(Instant.now()))
                .update();
        return inserted == 1;
    }

    /** The event's JSON data as the consumer's own record type. */
    public <T> T data(CloudEvent event, Class<T> type) {
        if (event.getData() == null) {
            throw new EventRejectedException("Event " + event.getId() + " of type " + event.getType() + " has no data");
        }
        return json.readValue(event.getData().toBytes(), type);
    }

    /** The producer's aggregate version, for ignoring stale events. */
    public static long aggregateVersion(CloudEvent event) {
        Object version = event.getExtension("aggregateversion");
        return version == null ? 0L : Long.parseLong(version.toString());
    }
}
