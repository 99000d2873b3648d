package org.ascend.recruitment;

import java.util.Map;
import java.util.UUID;

import org.ascend.platform.events.OutboxConfiguration.OutboxResubmitter;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox sends a publication again only once its send has failed: one still in flight (queued in the
 * producer while the broker is away) is never sent twice, which put events on the topic two and three times.
 */
class OutboxResubmissionTest extends ServiceIntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    OutboxResubmitter resubmitter;

    private final UUID inFlight = UUID.randomUUID();
    private final UUID failed = UUID.randomUUID();

    @AfterEach
    void removeThem() {
        jdbc.sql("DELETE FROM event_publication WHERE id IN (:ids)").param("ids", java.util.List.of(inFlight, failed)).update();
    }

    @Test
    void onlyFailedPublicationsAreResubmittedNeverThoseInFlight() {
        publication(inFlight, "PROCESSING");
        publication(failed, "FAILED");

        resubmitter.resubmit();

        assertThat(state(inFlight)).as("in flight: left alone")
                .containsEntry("status", "PROCESSING").containsEntry("completion_attempts", 1);
        assertThat(((Number) state(failed).get("completion_attempts")).intValue()).as("failed: tried again").isGreaterThan(1);
    }

    /** A publication a minute old, as the registry keeps it, of an event that is harmless to send again. */
    private void publication(UUID id, String status) {
        String event = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"intakeId\":\"" + UUID.randomUUID() + "\",\"schemeId\":\""
                + UUID.randomUUID() + "\",\"aggregateVersion\":9,\"occurredAt\":\"2026-11-30T08:00:00Z\"}";
        jdbc.sql("""
                INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
                    completion_attempts)
                VALUES (:id, 'test-listener', 'org.ascend.recruitment.intake.events.IntakeClosed', :event,
                    now() - interval '1 minute', :status, 1)""")
                .param("id", id).param("event", event).param("status", status).update();
    }

    private Map<String, Object> state(UUID id) {
        return jdbc.sql("SELECT status, completion_attempts FROM event_publication WHERE id = :id").param("id", id)
                .query().singleRow();
    }
}
