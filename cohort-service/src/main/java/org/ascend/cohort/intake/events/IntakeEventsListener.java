package org.ascend.cohort.intake.events;

import io.cloudevents.CloudEvent;
import org.ascend.cohort.intake.IntakePlacesService;
import org.ascend.platform.events.consume.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class IntakeEventsListener {

    private final EventInbox inbox;
    private final IntakePlacesService intakes;

    IntakeEventsListener(EventInbox inbox, IntakePlacesService intakes) {
        this.inbox = inbox;
        this.intakes = intakes;
    }

    @KafkaListener(topics = "ascend.recruitment.intake.v1")
    @Transactional
    void on(CloudEvent event) {
        if (!inbox.firstDelivery(event)) {
            return;
        }
        long version = EventInbox.aggregateVersion(event);
        switch (event.getType()) {
            case IntakeOpened.TYPE -> intakes.opened(inbox.data(event, IntakeOpened.class), version);
            case IntakeClosed.TYPE -> intakes.closed(inbox.data(event, IntakeClosed.class), version);
            default -> { } // other intake events are not cohort planning's concern
        }
    }
}
