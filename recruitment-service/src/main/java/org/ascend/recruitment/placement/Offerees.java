package org.ascend.recruitment.placement;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.ascend.recruitment.application.ApplicantProfile;
import org.ascend.recruitment.application.Application;
import org.ascend.recruitment.application.ApplicationRepository;
import org.ascend.recruitment.application.Sponsorship;
import org.ascend.recruitment.placement.events.OfferAccepted;
import org.ascend.recruitment.placement.events.OfferMade;
import org.ascend.recruitment.placement.events.OffereeIdentified;
import org.ascend.recruitment.placement.events.ParticipantDetailsReleased;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Tells cohort, on a topic only cohort may read (docs/adr/0012), who an offer of a place is for (the applicant's
 * sign-in subject) and, once they accept, the contact details a programme team needs. Nothing else of the
 * application, never equality data. An erased application releases nothing.
 */
@Service
public class Offerees {

    private static final Logger log = LoggerFactory.getLogger(Offerees.class);

    private final ApplicationRepository applications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Offerees(ApplicationRepository applications, ApplicationEventPublisher events, Clock clock) {
        this.applications = applications;
        this.events = events;
        this.clock = clock;
    }

    public void identify(OfferMade offer) {
        live(offer.applicationId(), offer.offerId()).ifPresent(application -> events.publishEvent(new OffereeIdentified(
                UUID.randomUUID(), application.id(), offer.offerId(), application.applicantSubject(), 1, clock.instant())));
    }

    public void releaseDetails(OfferAccepted accepted) {
        live(accepted.applicationId(), accepted.offerId()).ifPresent(application -> {
            ApplicantProfile profile = application.profile();
            Sponsorship sponsor = application.sponsorship();
            events.publishEvent(new ParticipantDetailsReleased(UUID.randomUUID(), application.id(), accepted.offerId(),
                    profile.givenName(), profile.familyName(), profile.email(), profile.organisationCode(),
                    profile.currentRole(), sponsor == null ? null : sponsor.name(), sponsor == null ? null : sponsor.email(),
                    1, clock.instant()));
        });
    }

    private Optional<Application> live(UUID applicationId, UUID offerId) {
        Optional<Application> application = applications.find(applicationId).filter(a -> a.anonymisedAt() == null);
        if (application.isEmpty()) {
            log.info("Offer {} is for application {}, which is unknown or erased: nothing to release", offerId, applicationId);
        }
        return application;
    }
}
