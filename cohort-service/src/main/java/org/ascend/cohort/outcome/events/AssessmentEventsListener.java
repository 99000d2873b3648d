package org.ascend.cohort.outcome.events;

import io.cloudevents.CloudEvent;
import org.ascend.cohort.Topics;
import org.ascend.cohort.outcome.StageOutcomes;
import org.ascend.platform.events.consume.EventHandlers;
import org.ascend.platform.events.consume.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class AssessmentEventsListener {

    private final EventHandlers caseEvents;

    AssessmentEventsListener(EventInbox inbox, StageOutcomes outcomes) {
        // Offers are made from the programme manager's decisions; the rest of a case's life is assessment's.
        this.caseEvents = EventHandlers.using(inbox)
                .on(StageOutcomeDecided.TYPE, StageOutcomeDecided.class, outcomes::record)
                .build();
    }

    @KafkaListener(topics = Topics.CASE)
    @Transactional
    void on(@Header(KafkaHeaders.RECEIVED_TOPIC) String topic, CloudEvent event) {
        caseEvents.apply(topic, event);
    }
}
