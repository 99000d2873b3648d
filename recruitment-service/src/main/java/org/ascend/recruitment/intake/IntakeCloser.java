package org.ascend.recruitment.intake;

import org.ascend.platform.problem.ApiProblem;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The server enforces closing times: open intakes past theirs are closed, and the close announced. */
@Component
class IntakeCloser {

    private static final Logger log = LoggerFactory.getLogger(IntakeCloser.class);

    private final IntakeService intakes;

    IntakeCloser(IntakeService intakes) {
        this.intakes = intakes;
    }

    @Scheduled(fixedDelayString = "${ascend.intakes.close-check-interval:PT30S}", initialDelayString = "PT10S")
    @SchedulerLock(name = "intake-closer", lockAtMostFor = "PT5M", lockAtLeastFor = "PT10S")
    void closeExpired() {
        for (Intake intake : intakes.openPastClosingTime()) {
            try {
                intakes.close(intake.id());
                log.info("Intake {} closed at its closing time {}", intake.id(), intake.closesAt());
            } catch (ApiProblem raced) {
                log.debug("Intake {} changed while closing: {}", intake.id(), raced.getMessage());
            }
        }
    }
}
