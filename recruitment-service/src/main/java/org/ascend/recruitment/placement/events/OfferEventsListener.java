package org.ascend.recruitment.placement.events;

import io.cloudevents.CloudEvent;
import org.ascend.platform.events.consume.EventHandlers;
import org.ascend.platform.events.consume.EventInbox;
import org.ascend.recruitment.Topics;
import org.ascend.recruitment.placement.Offerees;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class OfferEventsListener {

    private final EventHandlers offerEvents;

    OfferEventsListener(EventInbox inbox, Offerees offerees) {
        // Recruitment says who an offer is for, and on acceptance releases the participant's contact details;
        // the other answers to offers are cohort's business.
        this.offerEvents = EventHandlers.using(inbox)
                .on(OfferMade.TYPE, OfferMade.class, offerees::identify)
                .on(OfferAccepted.TYPE, OfferAccepted.class, offerees::releaseDetails)
                .build();
    }

    @KafkaListener(topics = Topics.OFFER)
    @Transactional
    void on(@Header(KafkaHeaders.RECEIVED_TOPIC) String topic, CloudEvent event) {
        offerEvents.apply(topic, event);
    }
}
