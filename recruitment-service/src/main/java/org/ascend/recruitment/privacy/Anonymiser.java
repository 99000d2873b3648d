package org.ascend.recruitment.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ascend.recruitment.adjustment.AdjustmentService;
import org.ascend.recruitment.application.ApplicationRepository;
import org.ascend.recruitment.equality.EqualityService;
import org.ascend.recruitment.privacy.events.ApplicantErased;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Anonymises applications in place (docs/domain.md §2): the person goes (name, email, employer, role,
 * answers, sponsor, the link to their login and to their monitoring answers, any adjustment request), the statistics stay
 * (region, band, profession, status, eligibility, monitoring categories). Irreversible. Announces it
 * so every other service does the same for what it holds.
 */
@Component
class Anonymiser {

    private final ApplicationRepository applications;
    private final EqualityService equality;
    private final AdjustmentService adjustments;
    private final ApplicationEventPublisher events;

    Anonymiser(ApplicationRepository applications, EqualityService equality, AdjustmentService adjustments,
            ApplicationEventPublisher events) {
        this.applications = applications;
        this.equality = equality;
        this.adjustments = adjustments;
        this.events = events;
    }

    /** Call inside a transaction; returns the erasure id the event carries. */
    UUID anonymise(List<UUID> applicationIds, String reason, Instant now) {
        UUID erasureId = UUID.randomUUID();
        if (applicationIds.isEmpty()) {
            return erasureId;
        }
        applications.anonymise(applicationIds, now);
        equality.unlink(applicationIds);
        adjustments.forget(applicationIds);
        events.publishEvent(new ApplicantErased(UUID.randomUUID(), erasureId, List.copyOf(applicationIds), reason, now, 1, now));
        return erasureId;
    }
}
