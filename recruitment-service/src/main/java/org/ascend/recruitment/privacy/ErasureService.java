package org.ascend.recruitment.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ascend.recruitment.application.Application;
import org.ascend.recruitment.application.ApplicationRepository;
import org.ascend.recruitment.privacy.events.ApplicantErased;
import org.ascend.platform.idempotency.IdempotentRequests;
import org.ascend.recruitment.draft.DraftService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The right to erasure (UK GDPR Art. 17, docs/domain.md §2): everything this service holds about a person
 * is anonymised or deleted in one transaction, other services are told, and a record that it happened
 * is kept without identifying anyone. Audit records stay (who did what, by pseudonymous id): they are
 * the accountability the law asks for.
 */
@Service
public class ErasureService {

    private static final Logger log = LoggerFactory.getLogger(ErasureService.class);

    public record Erasure(UUID erasureId, int applicationsAnonymised, Instant erasedAt) {
    }

    private final ApplicationRepository applications;
    private final Anonymiser anonymiser;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final IdempotentRequests idempotentRequests;
    private final DraftService drafts;

    ErasureService(ApplicationRepository applications, Anonymiser anonymiser, JdbcClient jdbc, Clock clock,
            IdempotentRequests idempotentRequests, DraftService drafts) {
        this.drafts = drafts;
        this.idempotentRequests = idempotentRequests;
        this.clock = clock;
        this.applications = applications;
        this.anonymiser = anonymiser;
        this.jdbc = jdbc;
    }

    @Transactional
    public Erasure erase(String subject, String requestedBy) {
        Instant now = clock.instant();
        List<UUID> ids = applications.ofSubject(subject).stream().map(Application::id).toList();
        UUID erasureId = anonymiser.anonymise(ids, ApplicantErased.ERASURE_REQUEST, now);
        drafts.discardAllOf(subject);
        // Stored responses to retried submissions hold the person's application as it was.
        idempotentRequests.forget(subject);
        jdbc.sql("""
                INSERT INTO erasure (id, subject_hash, application_ids, requested_by, erased_at)
                VALUES (:id, :hash, :ids, :by, :at)""")
                .param("id", erasureId).param("hash", sha256(subject))
                .param("ids", ids.stream().map(UUID::toString).collect(Collectors.joining(",")))
                .param("by", requestedBy).param("at", Timestamp.from(now)).update();
        log.info("Erasure {}: {} applications anonymised", erasureId, ids.size());
        return new Erasure(erasureId, ids.size(), now);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
