package org.ascend.assessment.assessmentcase.events;

import io.cloudevents.CloudEvent;
import org.ascend.assessment.assessmentcase.AssessmentCaseService;
import org.ascend.platform.events.consume.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class RecruitmentEventsListener {

    private final EventInbox inbox;
    private final AssessmentCaseService cases;

    RecruitmentEventsListener(EventInbox inbox, AssessmentCaseService cases) {
        this.inbox = inbox;
        this.cases = cases;
    }

    @KafkaListener(topics = "ascend.recruitment.application.v1")
    @Transactional
    void on(CloudEvent event) {
        if (ApplicationSubmitted.TYPE.equals(event.getType()) && inbox.firstDelivery(event)) {
            cases.openFor(inbox.data(event, ApplicationSubmitted.class));
        }
    }
}
