package org.ascend.reporting.statistics;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.ascend.reporting.IntakeFiguresChanged;
import org.ascend.reporting.rebuild.ReadModelsRebuilt;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which intakes' statistics to look at again: marked in the transaction of each change, taken by the publisher. */
@Component
class PendingStatistics {

    private final JdbcClient jdbc;
    private final Clock clock;

    PendingStatistics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void on(IntakeFiguresChanged changed) {
        jdbc.sql("""
                INSERT INTO statistics_pending (intake_id, changed_at) VALUES (:intake, :at)
                ON CONFLICT (intake_id) DO UPDATE SET changed_at = EXCLUDED.changed_at""")
                .param("intake", changed.intakeId()).param("at", Timestamp.from(clock.instant())).update();
    }

    /** Rebuilt tables may differ anywhere: every intake is looked at again (unchanged figures are not republished). */
    @EventListener
    void on(ReadModelsRebuilt rebuilt) {
        jdbc.sql("""
                INSERT INTO statistics_pending (intake_id, changed_at)
                SELECT DISTINCT intake_id, CAST(:at AS TIMESTAMP WITH TIME ZONE) FROM application_progress
                ON CONFLICT (intake_id) DO NOTHING""").param("at", Timestamp.from(clock.instant())).update();
    }

    /** Takes every pending intake, inside the caller's transaction: if publishing fails, they stay pending. */
    List<UUID> take() {
        return jdbc.sql("DELETE FROM statistics_pending RETURNING intake_id").query(UUID.class).list();
    }
}
