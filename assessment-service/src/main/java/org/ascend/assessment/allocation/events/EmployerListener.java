package org.ascend.assessment.allocation.events;

import io.cloudevents.CloudEvent;
import org.ascend.assessment.allocation.ApplicantEmployers;
import org.ascend.platform.events.consume.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The restricted employers topic: only this service may read it (Kafka ACLs). */
@Component
class EmployerListener {

    private final EventInbox inbox;
    private final ApplicantEmployers employers;

    EmployerListener(EventInbox inbox, ApplicantEmployers employers) {
        this.inbox = inbox;
        this.employers = employers;
    }

    @KafkaListener(topics = "ascend.recruitment.conflict.v1")
    @Transactional
    void on(CloudEvent event) {
        if (inbox.firstDelivery(event) && ApplicantEmployerRecorded.TYPE.equals(event.getType())) {
            employers.record(inbox.data(event, ApplicantEmployerRecorded.class));
        }
    }
}
