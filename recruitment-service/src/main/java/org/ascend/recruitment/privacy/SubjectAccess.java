package org.ascend.recruitment.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.ascend.platform.audit.AuditRecord;
import org.ascend.platform.audit.AuditTrail;
import org.ascend.platform.security.Caller;
import org.ascend.recruitment.application.Application;
import org.ascend.recruitment.application.ApplicationRepository;
import org.ascend.recruitment.application.ApplicationView;
import org.ascend.recruitment.equality.EqualityRecord;
import org.ascend.recruitment.equality.EqualityService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A subject access request answered in one download (UK GDPR Art. 15): every application, draft,
 * monitoring answer and sponsor decision held about the caller, and the audit trail of their own
 * requests.
 */
@Service
public class SubjectAccess {

    public record Export(String subject, Instant generatedAt, List<ApplicationView> applications,
            List<Map<String, Object>> drafts, List<EqualityRecord> equalityMonitoring,
            List<SponsorDecision> asSponsor, List<AuditRecord> myRequests) {
    }

    /** As a sponsor, their own part of an application that named them, nothing about the applicant. */
    public record SponsorDecision(java.util.UUID applicationId, java.util.UUID intakeId, String namedAs, String email,
            String endorsement, String comment, Instant decidedAt) {
    }

    private final ApplicationRepository applications;
    private final EqualityService equality;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    SubjectAccess(ApplicationRepository applications, EqualityService equality, AuditTrail audit, JdbcClient jdbc,
            JsonMapper json) {
        this.applications = applications;
        this.equality = equality;
        this.audit = audit;
        this.jdbc = jdbc;
        this.json = json;
    }

    public Export export(Caller caller) {
        List<Application> mine = applications.ofSubject(caller.subject());
        List<Map<String, Object>> drafts = jdbc.sql("""
                SELECT intake_id, content, saved_at FROM application_draft WHERE applicant_subject = :subject""")
                .param("subject", caller.subject())
                .query((rs, n) -> Map.<String, Object>of("intakeId", rs.getObject(1), "content",
                        json.readValue(rs.getString(2), new TypeReference<Map<String, Object>>() { }),
                        "savedAt", rs.getTimestamp(3).toInstant()))
                .list();
        List<EqualityRecord> monitoring = mine.stream().flatMap(a -> equality.findOwn(a.id(), caller).stream()).toList();
        List<SponsorDecision> sponsored = caller.email() == null ? List.of()
                : applications.namingSponsor(caller.email()).stream().map(a -> new SponsorDecision(a.id(), a.intakeId(),
                        a.sponsorship().name(), a.sponsorship().email(), a.sponsorship().endorsement().name(),
                        a.sponsorship().comment(), a.sponsorship().decidedAt())).toList();
        return new Export(caller.subject(), Instant.now(), mine.stream().map(ApplicationView::of).toList(), drafts,
                monitoring, sponsored, audit.find(null, caller.subject(), 1000));
    }
}
