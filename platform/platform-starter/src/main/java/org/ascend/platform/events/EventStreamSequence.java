package org.ascend.platform.events;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Numbers each topic's events per key 1, 2, 3… without gaps (the CloudEvents {@code sequence} attribute,
 * docs/events.md), so a consumer can tell a repeat from a gap. Taken in the publishing transaction: the row
 * lock makes two writers to one aggregate take their numbers in commit order, and a rolled-back change gives
 * its number back.
 */
public class EventStreamSequence {

    private final JdbcClient jdbc;

    public EventStreamSequence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long next(String topic, String key) {
        return jdbc.sql("""
                INSERT INTO event_stream (topic, stream_key, last_sequence) VALUES (:topic, :key, 1)
                ON CONFLICT (topic, stream_key) DO UPDATE SET last_sequence = event_stream.last_sequence + 1
                RETURNING last_sequence""")
                .param("topic", topic).param("key", key)
                .query(Long.class).single();
    }
}
