package org.ascend.cohort.plan;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Announces overdue milestones every hour, on one instance at a time (ShedLock). */
@Component
class PlanJobs {

    private static final Logger log = LoggerFactory.getLogger(PlanJobs.class);

    private final PlanService plans;

    PlanJobs(PlanService plans) {
        this.plans = plans;
    }

    @Scheduled(cron = "${ascend.plans.overdue-cron:0 5 * * * *}", zone = "Europe/London")
    @SchedulerLock(name = "milestone-overdue", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
    public void announceOverdue() {
        int announced = plans.announceOverdue();
        if (announced > 0) {
            log.info("Announced {} overdue milestones", announced);
        }
    }
}
