package org.ascend.reporting.statistics;

import java.util.UUID;

import org.ascend.platform.events.coalesce.CoalescedUpdates;
import org.ascend.reporting.IntakeFiguresChanged;
import org.ascend.reporting.rebuild.ReadModelsRebuilt;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Marks the intakes whose statistics to look at again, in the transaction of each change (docs/reporting.md). */
@Component
class PendingStatistics {

    static final String STREAM = "statistics";

    private final CoalescedUpdates updates;
    private final JdbcClient jdbc;

    PendingStatistics(CoalescedUpdates updates, JdbcClient jdbc) {
        this.updates = updates;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(IntakeFiguresChanged changed) {
        updates.mark(STREAM, changed.intakeId().toString());
    }

    /** Rebuilt tables may differ anywhere: every intake is looked at again (unchanged figures are not republished). */
    @EventListener
    void on(ReadModelsRebuilt rebuilt) {
        jdbc.sql("SELECT DISTINCT intake_id FROM application_progress").query(UUID.class).list()
                .forEach(intake -> updates.mark(STREAM, intake.toString()));
    }
}
