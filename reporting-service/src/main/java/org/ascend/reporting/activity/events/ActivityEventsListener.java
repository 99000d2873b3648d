package org.ascend.reporting.activity.events;

import io.cloudevents.CloudEvent;
import org.ascend.platform.events.consume.EventHandlers;
import org.ascend.platform.events.consume.EventInbox;
import org.ascend.reporting.Topics;
import org.ascend.reporting.activity.ActivityRepository;
import org.ascend.reporting.rebuild.ReadModelFeed;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regional networks' events and programme sessions from cohort's network and session topics, for the summary of
 * regional activity and the end-of-year report (docs/reporting.md).
 */
@Component
class ActivityEventsListener implements ReadModelFeed {

    private final EventHandlers networks;

    ActivityEventsListener(EventInbox inbox, ActivityRepository activity) {
        this.networks = EventHandlers.using(inbox)
                .on(NetworkEventRecorded.TYPE, NetworkEventRecorded.class, activity::recorded)
                .onVersioned(SessionHeld.TYPE, SessionHeld.class, activity::held)
                .build();
    }

    @KafkaListener(topics = {Topics.NETWORK, Topics.SESSION})
    @Transactional
    @Override
    public void apply(@Header(KafkaHeaders.RECEIVED_TOPIC) String topic, CloudEvent event) {
        networks.apply(topic, event);
    }
}
