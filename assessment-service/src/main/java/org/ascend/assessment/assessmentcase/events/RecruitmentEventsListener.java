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
        if (!inbox.firstDelivery(event)) {
            return;
        }
        switch (event.getType()) {
            case ApplicationSubmitted.TYPE -> cases.openFor(inbox.data(event, ApplicationSubmitted.class));
            case ApplicationWithdrawn.TYPE -> cases.withdraw(inbox.data(event, ApplicationWithdrawn.class));
            case ApplicationScreened.TYPE -> cases.screened(inbox.data(event, ApplicationScreened.class));
            default -> { } // other application events are not assessment's concern yet
        }
    }

    /** Erasure or expired retention: the person leaves the process for good. */
    @KafkaListener(topics = "ascend.recruitment.applicant.v1")
    @Transactional
    void onApplicant(CloudEvent event) {
        if (inbox.firstDelivery(event) && ApplicantErased.TYPE.equals(event.getType())) {
            cases.erase(inbox.data(event, ApplicantErased.class));
        }
    }
}
