package org.ascend.reporting.equality.events;

import io.cloudevents.CloudEvent;
import org.ascend.platform.events.consume.EventHandlers;
import org.ascend.platform.events.consume.EventInbox;
import org.ascend.reporting.Topics;
import org.ascend.reporting.rebuild.ReadModelFeed;
import org.ascend.reporting.equality.EqualityAnswers;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Equality answers from recruitment's restricted topic, which only this service may read (docs/kafka-security.md). */
@Component
class EqualityEventsListener implements ReadModelFeed {

    private final EventHandlers equality;

    EqualityEventsListener(EventInbox inbox, EqualityAnswers answers) {
        this.equality = EventHandlers.using(inbox)
                .on(EqualityRecorded.TYPE, EqualityRecorded.class, answers::record)
                .on(EqualityObjected.TYPE, EqualityObjected.class, objected -> answers.objected(objected.applicationId()))
                .build();
    }

    @KafkaListener(topics = Topics.EQUALITY)
    @Transactional
    @Override
    public void apply(@Header(KafkaHeaders.RECEIVED_TOPIC) String topic, CloudEvent event) {
        equality.apply(topic, event);
    }
}
