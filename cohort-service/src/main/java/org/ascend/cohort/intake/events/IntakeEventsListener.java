package org.ascend.cohort.intake.events;

import io.cloudevents.CloudEvent;
import org.ascend.cohort.Topics;
import org.ascend.cohort.intake.IntakePlacesService;
import org.ascend.platform.events.consume.EventHandlers;
import org.ascend.platform.events.consume.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class IntakeEventsListener {

    private final EventHandlers intakeEvents;

    IntakeEventsListener(EventInbox inbox, IntakePlacesService intakes) {
        // Other intake events are not cohort planning's concern.
        this.intakeEvents = EventHandlers.using(inbox)
                .onVersioned(IntakeOpened.TYPE, IntakeOpened.class, intakes::opened)
                .onVersioned(IntakeClosed.TYPE, IntakeClosed.class, intakes::closed)
                .build();
    }

    @KafkaListener(topics = Topics.INTAKE)
    @Transactional
    void on(@Header(KafkaHeaders.RECEIVED_TOPIC) String topic, CloudEvent event) {
        intakeEvents.apply(topic, event);
    }
}
