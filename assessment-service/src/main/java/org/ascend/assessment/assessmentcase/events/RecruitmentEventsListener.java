package org.ascend.assessment.assessmentcase.events;

import io.cloudevents.CloudEvent;
import org.ascend.assessment.Topics;
import org.ascend.assessment.assessmentcase.AssessmentCaseService;
import org.ascend.platform.events.consume.EventHandlers;
import org.ascend.platform.events.consume.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class RecruitmentEventsListener {

    private final EventHandlers applications;
    private final EventHandlers applicants;

    RecruitmentEventsListener(EventInbox inbox, AssessmentCaseService cases) {
        // Other application events (endorsed, ...) are not assessment's concern yet.
        this.applications = EventHandlers.using(inbox)
                .on(ApplicationSubmitted.TYPE, ApplicationSubmitted.class, cases::openFor)
                .on(ApplicationWithdrawn.TYPE, ApplicationWithdrawn.class, cases::withdraw)
                .on(ApplicationScreened.TYPE, ApplicationScreened.class, cases::screened)
                .build();
        // Erasure or expired retention: the person leaves the process for good.
        this.applicants = EventHandlers.using(inbox).on(ApplicantErased.TYPE, ApplicantErased.class, cases::erase).build();
    }

    @KafkaListener(topics = Topics.APPLICATION)
    @Transactional
    void onApplication(@Header(KafkaHeaders.RECEIVED_TOPIC) String topic, CloudEvent event) {
        applications.apply(topic, event);
    }

    @KafkaListener(topics = Topics.APPLICANT)
    @Transactional
    void onApplicant(@Header(KafkaHeaders.RECEIVED_TOPIC) String topic, CloudEvent event) {
        applicants.apply(topic, event);
    }
}
