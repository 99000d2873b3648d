package org.ascend.cohort.career;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Opens due career check-ins and reminds unanswered ones, on one instance at a time (ShedLock). */
@Component
class CheckinJob {

    private static final Logger log = LoggerFactory.getLogger(CheckinJob.class);

    private final CheckinService checkins;

    CheckinJob(CheckinService checkins) {
        this.checkins = checkins;
    }

    /** Often enough that a check-in opens on its day; cheap when nothing is due (one query per consent in force). */
    @Scheduled(fixedDelayString = "${ascend.careers.checkin-interval:PT1M}", initialDelayString = "PT15S")
    @SchedulerLock(name = "career-checkins", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5S")
    public void announceDue() {
        int announced = checkins.announceDue();
        if (announced > 0) {
            log.info("Announced {} career check-ins (due or reminded)", announced);
        }
    }
}
