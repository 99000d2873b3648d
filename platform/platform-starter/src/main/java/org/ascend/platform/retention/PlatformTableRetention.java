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
 * consumed-event ids and stored Idempotency-Key responses, each after its {@link PlatformRetentionProperties
 * period}. Outbox records need no purge: the outbox deletes each once Kafka has it
 * ({@code namastack.outbox.processing.delete-completed-records}), request context included.
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
        log.info("Platform table retention: {}", deleted);
        return deleted;
    }

    private int delete(String sql, Duration period) {
        return jdbc.sql(sql).param("before", Timestamp.from(clock.instant().minus(period))).update();
    }
}
