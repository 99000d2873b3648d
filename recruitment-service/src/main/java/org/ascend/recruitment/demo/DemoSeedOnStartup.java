package org.ascend.recruitment.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** {@code ./ascend up --demo} sets {@code ascend.demo.seed=true}: seed the demo schemes once the service is ready. */
@Component
@ConditionalOnBooleanProperty("ascend.demo.seed")
class DemoSeedOnStartup {

    private static final Logger log = LoggerFactory.getLogger(DemoSeedOnStartup.class);

    private final DemoData demo;

    DemoSeedOnStartup(DemoData demo) {
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        log.info("Demo data: seeding the seed documents' schemes (ascend.demo.seed=true)...");
        var summary = demo.seed();
        if (summary.alreadySeeded()) {
            log.info("Demo data: already there, nothing added");
        } else {
            log.info("Demo data: {} schemes, {} intakes, {} applications", summary.schemes(), summary.intakes(),
                    summary.applications());
        }
    }
}
