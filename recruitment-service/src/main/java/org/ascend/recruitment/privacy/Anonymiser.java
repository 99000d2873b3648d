package org.ascend.recruitment.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ascend.recruitment.privacy.events.ApplicantErased;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Anonymises applications in place (docs/domain.md §2): the person goes (name, email, employer, role,
 * answers, sponsor, the link to their login and to their monitoring answers), the statistics stay
 * (region, band, profession, status, eligibility, monitoring categories). Irreversible. Announces it
 * so every other service does the same for what it holds.
 */
@Component
class Anonymiser {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Anonymiser(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Call inside a transaction; returns the erasure id the event carries. */
    UUID anonymise(List<UUID> applicationIds, String reason, Instant now) {
        UUID erasureId = UUID.randomUUID();
        if (applicationIds.isEmpty()) {
            return erasureId;
        }
        jdbc.sql("""
                UPDATE application SET applicant_email = NULL, given_name = NULL, family_name = NULL, job_title = NULL,
                    organisation_code = NULL, answers = '{}', sponsor_name = NULL, sponsor_email = NULL,
                    endorsement_comment = NULL, positive_action_declared = NULL,
                    eligibility_override = CASE WHEN eligibility_override IS NULL THEN NULL ELSE '(removed on anonymisation)' END,
                    applicant_subject = 'anonymised:' || id, anonymised_at = :now
                WHERE id IN (:ids) AND anonymised_at IS NULL""")
                .param("now", Timestamp.from(now)).param("ids", applicationIds).update();
        jdbc.sql("UPDATE equality_monitoring SET applicant_subject = 'anonymised' WHERE application_id IN (:ids)")
                .param("ids", applicationIds).update();
        events.publishEvent(new ApplicantErased(UUID.randomUUID(), erasureId, List.copyOf(applicationIds), reason, now, 1, now));
        return erasureId;
    }
}
