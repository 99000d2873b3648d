package org.ascend.reporting.statistics;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ascend.platform.events.coalesce.CoalescedUpdates;
import org.ascend.reporting.breakdown.Breakdown;
import org.ascend.reporting.breakdown.BreakdownService;
import org.ascend.reporting.breakdown.ReportScope;
import org.ascend.reporting.equality.Characteristic;
import org.ascend.reporting.funnel.FunnelService;
import org.ascend.reporting.funnel.IntakeSummary;
import org.ascend.reporting.statistics.events.StatisticsUpdated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes each region's disclosure-controlled statistics of the intakes that changed (docs/reporting.md) on
 * {@code ascend.reporting.statistics.v1}: coalesced, since it looks at the changed intakes once per interval, and only
 * when what a region would see differs from what it last got. The figures come from the same breakdowns, under the
 * same disclosure control, as the API's.
 */
@Service
public class StatisticsPublisher {

    private static final Logger log = LoggerFactory.getLogger(StatisticsPublisher.class);

    private final CoalescedUpdates updates;
    private final BreakdownService breakdowns;
    private final FunnelService funnel;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    StatisticsPublisher(CoalescedUpdates updates, BreakdownService breakdowns, FunnelService funnel, JdbcClient jdbc,
            ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.updates = updates;
        this.breakdowns = breakdowns;
        this.funnel = funnel;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${ascend.statistics.interval:PT30S}", initialDelayString = "${ascend.statistics.initial-delay:PT15S}")
    @SchedulerLock(name = "statistics-publication", lockAtMostFor = "PT10M")
    public void onSchedule() {
        int published = publishPending();
        if (published > 0) {
            log.info("Published {} regional statistics updates", published);
        }
    }

    /** Looks at every pending intake once; returns how many updates it published. */
    public int publishPending() {
        return transaction.execute(status -> publishEach());
    }

    /** In one transaction: a failure leaves every key marked and nothing half-published. */
    private int publishEach() {
        int published = 0;
        for (String intake : updates.take(PendingStatistics.STREAM)) {
            UUID intakeId = UUID.fromString(intake);
            Optional<IntakeSummary> summary = funnel.summary(intakeId);
            for (String region : regions(intakeId)) {
                published += publishIfChanged(intakeId, summary, region) ? 1 : 0;
            }
        }
        return published;
    }

    private boolean publishIfChanged(UUID intake, Optional<IntakeSummary> summary, String region) {
        ReportScope scope = new ReportScope(region, false);
        List<StatisticsUpdated.ByCharacteristic> by = new ArrayList<>();
        for (Characteristic characteristic : Characteristic.values()) {
            if (characteristic != Characteristic.REGION) {
                Breakdown breakdown = breakdowns.of(intake, characteristic, scope);
                by.add(new StatisticsUpdated.ByCharacteristic(breakdown.by(), breakdown.categories(), breakdown.stages()));
            }
        }
        List<StatisticsUpdated.Stage> stages = by.get(0).stages().stream()
                .map(row -> new StatisticsUpdated.Stage(row.stage(), row.total())).toList();
        UUID scheme = summary.map(IntakeSummary::schemeId).orElse(null);
        Integer year = summary.map(IntakeSummary::year).orElse(null);
        OptionalLong version = updates.changed(PendingStatistics.STREAM, intake + "/" + region,
                List.of(String.valueOf(scheme), String.valueOf(year), stages, by));
        version.ifPresent(v -> events.publishEvent(new StatisticsUpdated(UUID.randomUUID(), intake, scheme, year, region,
                StatisticsUpdated.RULES, stages, by, v, clock.instant())));
        return version.isPresent();
    }

    private List<String> regions(UUID intake) {
        return jdbc.sql("SELECT DISTINCT region_code FROM application_progress WHERE intake_id = :intake AND region_code IS NOT NULL "
                + "ORDER BY region_code").param("intake", intake).query(String.class).list();
    }
}
