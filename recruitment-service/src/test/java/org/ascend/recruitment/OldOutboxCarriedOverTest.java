package org.ascend.recruitment;

import java.time.Duration;
import java.util.UUID;

import org.ascend.platform.events.ModulithPublicationsCarriedOver;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.platform.test.TestInfrastructure;
import org.ascend.platform.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event left unsent in the old outbox table by a version before docs/adr/0011 (say, the broker was down when
 * it stopped) is not lost on upgrade: at start it moves into the new outbox and reaches its topic.
 */
class OldOutboxCarriedOverTest extends ServiceIntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ModulithPublicationsCarriedOver carriedOver;

    @Test
    void anUnsentOldPublicationIsSentAndLeavesTheOldTable() {
        String eventId = UUID.randomUUID().toString();
        String intakeId = UUID.randomUUID().toString();
        jdbc.sql("""
                INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
                    completion_attempts)
                VALUES (gen_random_uuid(), 'old-externalizer', 'org.ascend.recruitment.intake.events.IntakeClosed', :event,
                    now() - interval '1 hour', 'FAILED', 3)""")
                .param("event", """
                        {"eventId":"%s","intakeId":"%s","schemeId":"%s","aggregateVersion":2,"occurredAt":"2026-11-01T09:00:00Z"}"""
                        .formatted(eventId, intakeId, UUID.randomUUID()))
                .update();

        carriedOver.carryOver();

        assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE '%' || :id || '%'")
                .param("id", eventId).query(Long.class).single()).isZero();
        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), Topics.INTAKE)) {
            var records = probe.pollUntil(seen -> seen.stream().anyMatch(r -> intakeId.equals(r.key())), Duration.ofSeconds(30));
            assertThat(records).filteredOn(r -> intakeId.equals(r.key()))
                    .singleElement().satisfies(r -> {
                        assertThat(TopicProbe.header(r, "ce_id")).isEqualTo(eventId);
                        assertThat(TopicProbe.header(r, "ce_type")).isEqualTo("org.ascend.recruitment.intake-closed.v1");
                    });
        }
    }
}
