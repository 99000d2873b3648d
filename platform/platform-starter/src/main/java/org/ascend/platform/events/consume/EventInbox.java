package org.ascend.platform.events.consume;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import io.cloudevents.CloudEvent;
import org.ascend.platform.events.CloudEventHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The consumer's own record of what it has taken, kept in its transaction (docs/events.md):
 * <ul>
 * <li>each CloudEvents id, inserted first, then acted on, so a redelivered event has no second effect;</li>
 * <li>per topic and key, the last {@code streamsequence} applied, so a stale event is ignored and one that
 * arrives after a gap is held back (table {@code held_event}) until the events before it have been applied
 * (docs/adr/0011).</li>
 * </ul>
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

    /** The producer's aggregate version, for read models that keep it. */
    public static long aggregateVersion(CloudEvent event) {
        Object version = event.getExtension(CloudEventHeaders.AGGREGATE_VERSION);
        return version == null ? 0L : Long.parseLong(version.toString());
    }

    /** The event's place in its topic's stream for its key, if the producer numbered it. */
    static Optional<Long> streamSequence(CloudEvent event) {
        Object sequence = event.getExtension(CloudEventHeaders.STREAM_SEQUENCE);
        if (sequence == null || event.getSubject() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(sequence.toString()));
        } catch (NumberFormatException e) {
            throw new EventRejectedException("Event " + event.getId() + " has a streamsequence that is not a number");
        }
    }

    /** The last position applied for this key, if this consumer has applied any of its events yet. */
    Optional<Long> lastApplied(String topic, String key) {
        return jdbc.sql("SELECT last_sequence FROM consumed_stream WHERE topic = :topic AND stream_key = :key FOR UPDATE")
                .param("topic", topic).param("key", key).query(Long.class).optional();
    }

    void applied(String topic, String key, long sequence) {
        jdbc.sql("""
                INSERT INTO consumed_stream (topic, stream_key, last_sequence) VALUES (:topic, :key, :sequence)
                ON CONFLICT (topic, stream_key) DO UPDATE SET last_sequence = EXCLUDED.last_sequence""")
                .param("topic", topic).param("key", key).param("sequence", sequence).update();
    }

    void hold(String topic, long sequence, CloudEvent event) {
        jdbc.sql("""
                INSERT INTO held_event (topic, stream_key, sequence, event) VALUES (:topic, :key, :sequence, :event)
                ON CONFLICT DO NOTHING""")
                .param("topic", topic).param("key", event.getSubject()).param("sequence", sequence)
                .param("event", json.writeValueAsString(HeldEvent.of(event))).update();
    }

    /** The held event at this place in the stream, taken out of the held table, if there is one. */
    Optional<CloudEvent> takeHeld(String topic, String key, long sequence) {
        return jdbc.sql("""
                DELETE FROM held_event WHERE topic = :topic AND stream_key = :key AND sequence = :sequence
                RETURNING event""")
                .param("topic", topic).param("key", key).param("sequence", sequence)
                .query(String.class).optional()
                .map(stored -> json.readValue(stored, HeldEvent.class).toCloudEvent());
    }
}
