package org.ascend.platform.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The platform's own tables forget what they no longer need, nightly on one instance (docs/architecture.md):
 * consumed-event ids, stored Idempotency-Key responses, and published events' request context, each after
 * its {@link PlatformRetentionProperties period}. Completed outbox publications need no purge: the outbox
 * deletes them once Kafka has them ({@code spring.modulith.events.completion-mode=delete}).
 */
public class PlatformTableRetention {

    private static final Logger log = LoggerFactory.getLogger(PlatformTableRetention.class);

    private final JdbcClient jdbc;
    private final PlatformRetentionProperties retention;
    private final Clock clock;

    public PlatformTableRetention(JdbcClient jdbc, PlatformRetentionProperties retention, Clock clock) {
        this.jdbc = jdbc;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(cron = "${ascend.retention.platform.cron:0 15 3 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "platform-table-retention", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    public void nightly() {
        purge();
    }

    /** Deletes what is past its period; returns how many rows went, per table. */
    public Map<String, Integer> purge() {
        Map<String, Integer> deleted = new LinkedHashMap<>();
        deleted.put("processed_event", delete("DELETE FROM processed_event WHERE received_at < :before",
                retention.processedEvents()));
        deleted.put("idempotency_record", delete("DELETE FROM idempotency_record WHERE created_at < :before",
                retention.idempotencyRecords()));
        // Metadata of a publication still waiting to be sent stays: the outbox reads it when it sends.
        deleted.put("event_metadata", delete("""
                DELETE FROM event_metadata m WHERE m.recorded_at < :before AND NOT EXISTS (
                    SELECT 1 FROM event_publication p WHERE p.completion_date IS NULL
                      AND p.serialized_event LIKE '%' || m.event_id::text || '%')""", retention.eventMetadata()));
        log.info("Platform table retention: {}", deleted);
        return deleted;
    }

    private int delete(String sql, Duration period) {
        return jdbc.sql(sql).param("before", Timestamp.from(clock.instant().minus(period))).update();
    }
}
