package org.ascend.cohort.recruitment;

import io.cloudevents.CloudEvent;
import org.ascend.cohort.Topics;
import org.ascend.cohort.adjustment.SessionAdjustmentService;
import org.ascend.cohort.career.CareerConsentService;
import org.ascend.cohort.offer.OfferService;
import org.ascend.cohort.participant.Participant;
import org.ascend.cohort.participant.ParticipantService;
import org.ascend.cohort.plan.PlanService;
import org.ascend.platform.events.consume.EventHandlers;
import org.ascend.platform.events.consume.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What recruitment tells cohort: on the restricted offeree topic (this service alone may read it), whose each
 * offer is and, once accepted, the participant's contact details; on the applicant topic, erasures. One listener
 * per topic, since a service applies each of a topic's events once (its inbox and stream positions are shared).
 */
@Component
class RecruitmentEventsListener {

    private final EventHandlers offerees;
    private final EventHandlers applicants;

    RecruitmentEventsListener(EventInbox inbox, OfferService offers, ParticipantService participants, PlanService plans,
            SessionAdjustmentService adjustments, CareerConsentService careers) {
        this.offerees = EventHandlers.using(inbox)
                .on(OffereeIdentified.TYPE, OffereeIdentified.class,
                        identified -> offers.identify(identified.applicationId(), identified.applicantSubject()))
                .on(ParticipantDetailsReleased.TYPE, ParticipantDetailsReleased.class,
                        released -> participants.recordContact(released.applicationId(), new Participant.Contact(
                                released.givenName(), released.familyName(), released.email(), released.organisationCode(),
                                released.currentRole(), released.sponsorName(), released.sponsorEmail())))
                .build();
        this.applicants = EventHandlers.using(inbox)
                .on(ApplicantErased.TYPE, ApplicantErased.class, erased -> {
                    plans.erase(erased.applicationIds());
                    adjustments.forget(erased.applicationIds());
                    careers.erase(participants.idsOfApplications(erased.applicationIds()));
                    participants.erase(erased.applicationIds());
                    offers.forget(erased.applicationIds());
                })
                .build();
    }

    @KafkaListener(topics = Topics.OFFEREE)
    @Transactional
    void onOfferee(@Header(KafkaHeaders.RECEIVED_TOPIC) String topic, CloudEvent event) {
        offerees.apply(topic, event);
    }

    @KafkaListener(topics = Topics.APPLICANT)
    @Transactional
    void onApplicant(@Header(KafkaHeaders.RECEIVED_TOPIC) String topic, CloudEvent event) {
        applicants.apply(topic, event);
    }
}
