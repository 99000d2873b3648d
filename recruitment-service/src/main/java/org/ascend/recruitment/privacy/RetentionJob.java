package org.ascend.recruitment.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ascend.recruitment.privacy.events.ApplicantErased;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ascend.recruitment.draft.DraftService;
import org.slf4j.Logger;
import org.springframework.beans.factory.ObjectProvider;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps unsuccessful applicants' personal data only for the scheme's claim period (docs/domain.md §2,
 * {@code scheme.retention_months}, default 6): once that long has passed since the intake closed,
 * withdrawn, ineligible and unsuccessful applications are anonymised. Drafts never submitted go too.
 */
@Component
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final JdbcClient jdbc;
    private final Anonymiser anonymiser;
    private final DraftService drafts;
    private final Clock clock;
    private final ObjectProvider<RetentionJob> self; // through the proxy, so run() is transactional

    RetentionJob(JdbcClient jdbc, Anonymiser anonymiser, DraftService drafts, Clock clock,
            ObjectProvider<RetentionJob> self) {
        this.drafts = drafts;
        this.jdbc = jdbc;
        this.anonymiser = anonymiser;
        this.clock = clock;
        this.self = self;
    }

    /** Nightly, on one instance of the service (the lock); a platform admin can also run it at once. */
    @Scheduled(cron = "${ascend.retention.cron:0 30 2 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "retention", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    public void nightly() {
        self.getObject().run();
    }

    @Transactional
    public int run() {
        Instant now = clock.instant();
        List<UUID> expired = jdbc.sql("""
                SELECT a.id FROM application a
                JOIN intake i ON i.id = a.intake_id JOIN scheme s ON s.id = i.scheme_id
                WHERE a.anonymised_at IS NULL AND i.status IN ('CLOSED', 'ARCHIVED')
                  AND (a.status IN ('WITHDRAWN', 'UNSUCCESSFUL') OR a.eligible = FALSE)
                  AND i.closes_at + make_interval(months => s.retention_months) < :now""")
                .param("now", Timestamp.from(now)).query(UUID.class).list();
        anonymiser.anonymise(expired, ApplicantErased.RETENTION_EXPIRED, now);
        int drafts = this.drafts.discardExpired(now);
        log.info("Retention: {} applications anonymised, {} old drafts deleted", expired.size(), drafts);
        return expired.size();
    }
}
