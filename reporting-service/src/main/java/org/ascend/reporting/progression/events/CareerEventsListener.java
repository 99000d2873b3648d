package org.ascend.reporting.progression.events;

import io.cloudevents.CloudEvent;
import org.ascend.platform.events.consume.EventHandlers;
import org.ascend.platform.events.consume.EventInbox;
import org.ascend.reporting.Topics;
import org.ascend.reporting.progression.ProgressionRepository;
import org.ascend.reporting.rebuild.ReadModelFeed;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Career progression from cohort's career topic (docs/reporting.md); check-ins are not counted yet. */
@Component
class CareerEventsListener implements ReadModelFeed {

    private final EventHandlers careers;

    CareerEventsListener(EventInbox inbox, ProgressionRepository progression) {
        this.careers = EventHandlers.using(inbox)
                .on(CareerConsentGiven.TYPE, CareerConsentGiven.class,
                        given -> progression.tracked(given.participantId(), given.cohortId(), given.completedOn()))
                .on(CareerMoveRecorded.TYPE, CareerMoveRecorded.class, progression::moved)
                .on(CareerConsentWithdrawn.TYPE, CareerConsentWithdrawn.class,
                        withdrawn -> progression.anonymise(withdrawn.participantId(), withdrawn.eventId()))
                .build();
    }

    @KafkaListener(topics = Topics.CAREER)
    @Transactional
    @Override
    public void apply(@Header(KafkaHeaders.RECEIVED_TOPIC) String topic, CloudEvent event) {
        careers.apply(topic, event);
    }
}
