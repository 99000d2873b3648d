package org.ascend.reporting.reliability.events;

import io.cloudevents.CloudEvent;
import org.ascend.platform.events.consume.EventHandlers;
import org.ascend.platform.events.consume.EventInbox;
import org.ascend.reporting.Topics;
import org.ascend.reporting.rebuild.ReadModelFeed;
import org.ascend.reporting.reliability.ReliabilityRollUp;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stages' reliability from assessment's reliability topic (docs/reporting.md). */
@Component
class ReliabilityEventsListener implements ReadModelFeed {

    private final EventHandlers reliability;

    ReliabilityEventsListener(EventInbox inbox, ReliabilityRollUp rollUp) {
        this.reliability = EventHandlers.using(inbox)
                .onVersioned(StageReliabilityUpdated.TYPE, StageReliabilityUpdated.class, rollUp::on)
                .build();
    }

    @KafkaListener(topics = Topics.RELIABILITY)
    @Transactional
    @Override
    public void apply(@Header(KafkaHeaders.RECEIVED_TOPIC) String topic, CloudEvent event) {
        reliability.apply(topic, event);
    }
}
