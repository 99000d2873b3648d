package org.ascend.assessment.reliability;

import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ascend.assessment.reliability.events.StageReliabilityUpdated;
import org.ascend.assessment.scoring.events.ScoresSubmitted;
import org.ascend.assessment.stage.Stage;
import org.ascend.platform.events.coalesce.CoalescedUpdates;
import org.ascend.platform.problem.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes a stage's reliability figures when its scores change (docs/events.md, coalesced updates): every submitted
 * sheet marks its stage; once per interval the marked stages' figures are worked out afresh (the bootstrap is too
 * costly for every sheet) and published if they differ from the last published. Reporting shows them beside the funnel.
 */
@Service
public class ReliabilityPublication {

    static final String STREAM = "reliability";
    private static final Logger log = LoggerFactory.getLogger(ReliabilityPublication.class);

    private final CoalescedUpdates updates;
    private final ReliabilityService reliability;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ReliabilityPublication(CoalescedUpdates updates, ReliabilityService reliability, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.updates = updates;
        this.reliability = reliability;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(ScoresSubmitted submitted) {
        updates.mark(STREAM, submitted.intakeId() + "/" + submitted.stage().name());
    }

    @Scheduled(fixedDelayString = "${ascend.reliability.publish-interval:PT1M}",
            initialDelayString = "${ascend.reliability.publish-initial-delay:PT20S}")
    @SchedulerLock(name = "reliability-publication", lockAtMostFor = "PT10M")
    public void onSchedule() {
        int published = publishPending();
        if (published > 0) {
            log.info("Published the reliability of {} stages", published);
        }
    }

    /** Works out every marked stage's figures once; returns how many were published (changed). */
    public int publishPending() {
        return transaction.execute(status -> publishEach());
    }

    /** In one transaction: a failure leaves every key marked and nothing half-published. */
    private int publishEach() {
        int published = 0;
        for (String key : updates.take(STREAM)) {
            String[] intakeAndStage = key.split("/");
            UUID intakeId = UUID.fromString(intakeAndStage[0]);
            StageReliability figures;
            try {
                figures = reliability.of(intakeId, Stage.Kind.valueOf(intakeAndStage[1]));
            } catch (ApiProblem gone) {
                log.warn("No reliability for {}: {}", key, gone.getMessage());
                continue;
            }
            StageReliabilityUpdated update = StageReliabilityUpdated.of(intakeId, figures, 0, clock.instant());
            OptionalLong version = updates.changed(STREAM, key, List.of(update.cases(), update.sheets(), update.criteria(),
                    update.weighted()));
            if (version.isPresent()) {
                events.publishEvent(update.as(version.getAsLong()));
                published++;
            }
        }
        return published;
    }
}
