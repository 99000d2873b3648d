package org.ascend.platform.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code ascend_outbox_backlog}: events committed but not yet taken by Kafka (sent records are deleted, so every row
 * left is waiting). It grows while the broker is away and should fall back to 0; the dashboard shows it.
 */
class OutboxBacklogMetrics implements MeterBinder {

    private final JdbcClient jdbc;

    OutboxBacklogMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("ascend.outbox.backlog", this::backlog)
                .description("Events committed but not yet sent to Kafka").register(registry);
    }

    private double backlog() {
        return jdbc.sql("SELECT count(*) FROM outbox_record").query(Long.class).single();
    }
}
