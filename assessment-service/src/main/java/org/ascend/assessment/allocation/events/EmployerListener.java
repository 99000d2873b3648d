package org.ascend.assessment.allocation.events;

import io.cloudevents.CloudEvent;
import org.ascend.assessment.Topics;
import org.ascend.assessment.allocation.ApplicantEmployers;
import org.ascend.platform.events.consume.EventHandlers;
import org.ascend.platform.events.consume.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The restricted employers topic: only this service may read it (Kafka ACLs). */
@Component
class EmployerListener {

    private final EventHandlers employers;

    EmployerListener(EventInbox inbox, ApplicantEmployers employers) {
        this.employers = EventHandlers.using(inbox)
                .on(ApplicantEmployerRecorded.TYPE, ApplicantEmployerRecorded.class, employers::record).build();
    }

    @KafkaListener(topics = Topics.CONFLICT)
    @Transactional
    void on(@Header(KafkaHeaders.RECEIVED_TOPIC) String topic, CloudEvent event) {
        employers.apply(topic, event);
    }
}
