package org.ascend.reporting.funnel.events;

import io.cloudevents.CloudEvent;
import org.ascend.platform.events.consume.EventHandlers;
import org.ascend.platform.events.consume.EventInbox;
import org.ascend.reporting.Topics;
import org.ascend.reporting.rebuild.ReadModelFeed;
import org.ascend.reporting.funnel.FunnelService;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the funnel from recruitment's, assessment's and cohort's public topics (docs/reporting.md). */
@Component
class FunnelEventsListener implements ReadModelFeed {

    private final EventHandlers funnelEvents;

    FunnelEventsListener(EventInbox inbox, FunnelService funnel) {
        // Types the funnel does not count are recorded and left alone.
        this.funnelEvents = EventHandlers.using(inbox)
                .onVersioned(IntakeOpened.TYPE, IntakeOpened.class, (opened, version) -> funnel.on(opened, version))
                .onVersioned(IntakeClosed.TYPE, IntakeClosed.class, (closed, version) -> funnel.on(closed, version))
                .on(ApplicationSubmitted.TYPE, ApplicationSubmitted.class, funnel::on)
                .on(ApplicationScreened.TYPE, ApplicationScreened.class, funnel::on)
                .on(ApplicationEndorsed.TYPE, ApplicationEndorsed.class, funnel::on)
                .on(ApplicationWithdrawn.TYPE, ApplicationWithdrawn.class, funnel::on)
                .on(ApplicantErased.TYPE, ApplicantErased.class, funnel::on)
                .on(StageOutcomeDecided.TYPE, StageOutcomeDecided.class, funnel::on)
                .on(OfferMade.TYPE, OfferMade.class, funnel::on)
                .on(ParticipantEnrolled.TYPE, ParticipantEnrolled.class, funnel::on)
                .on(ParticipantCompleted.TYPE, ParticipantCompleted.class, funnel::on)
                .on(ParticipantWithdrawn.TYPE, ParticipantWithdrawn.class, funnel::on)
                .build();
    }

    @KafkaListener(topics = {Topics.INTAKE, Topics.APPLICATION, Topics.APPLICANT, Topics.CASE, Topics.OFFER, Topics.PARTICIPANT})
    @Transactional
    @Override
    public void apply(@Header(KafkaHeaders.RECEIVED_TOPIC) String topic, CloudEvent event) {
        funnelEvents.apply(topic, event);
    }
}
