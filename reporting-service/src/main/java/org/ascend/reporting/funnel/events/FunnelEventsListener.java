package org.ascend.reporting.funnel.events;

import io.cloudevents.CloudEvent;
import org.ascend.platform.events.consume.EventInbox;
import org.ascend.reporting.funnel.FunnelService;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the funnel from recruitment's and assessment's public topics. */
@Component
class FunnelEventsListener {

    private final EventInbox inbox;
    private final FunnelService funnel;

    FunnelEventsListener(EventInbox inbox, FunnelService funnel) {
        this.inbox = inbox;
        this.funnel = funnel;
    }

    @KafkaListener(topics = {"ascend.recruitment.intake.v1", "ascend.recruitment.application.v1",
            "ascend.assessment.case.v1"})
    @Transactional
    void on(CloudEvent event) {
        if (!inbox.firstDelivery(event)) {
            return;
        }
        switch (event.getType()) {
            case IntakeOpened.TYPE -> funnel.on(inbox.data(event, IntakeOpened.class), EventInbox.aggregateVersion(event));
            case IntakeClosed.TYPE -> funnel.on(inbox.data(event, IntakeClosed.class), EventInbox.aggregateVersion(event));
            case ApplicationSubmitted.TYPE -> funnel.on(inbox.data(event, ApplicationSubmitted.class));
            case CaseOpened.TYPE -> funnel.on(inbox.data(event, CaseOpened.class));
            default -> { } // types the funnel does not count yet
        }
    }
}
