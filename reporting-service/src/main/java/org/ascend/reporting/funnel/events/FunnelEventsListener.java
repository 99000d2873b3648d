package org.ascend.reporting.funnel.events;

import io.cloudevents.CloudEvent;
import org.ascend.platform.events.consume.EventHandlers;
import org.ascend.platform.events.consume.EventInbox;
import org.ascend.reporting.Topics;
import org.ascend.reporting.funnel.FunnelService;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the funnel from recruitment's and assessment's public topics. */
@Component
class FunnelEventsListener {

    private final EventHandlers funnelEvents;

    FunnelEventsListener(EventInbox inbox, FunnelService funnel) {
        // Types the funnel does not count yet are recorded and left alone.
        this.funnelEvents = EventHandlers.using(inbox)
                .onVersioned(IntakeOpened.TYPE, IntakeOpened.class, (opened, version) -> funnel.on(opened, version))
                .onVersioned(IntakeClosed.TYPE, IntakeClosed.class, (closed, version) -> funnel.on(closed, version))
                .on(ApplicationSubmitted.TYPE, ApplicationSubmitted.class, submitted -> funnel.on(submitted))
                .on(CaseOpened.TYPE, CaseOpened.class, opened -> funnel.on(opened))
                .build();
    }

    @KafkaListener(topics = {Topics.INTAKE, Topics.APPLICATION, Topics.CASE})
    @Transactional
    void on(@Header(KafkaHeaders.RECEIVED_TOPIC) String topic, CloudEvent event) {
        funnelEvents.apply(topic, event);
    }
}
