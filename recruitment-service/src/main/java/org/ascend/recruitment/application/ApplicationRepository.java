package org.ascend.recruitment.application;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ApplicationRepository {

    private static final String COLUMNS = """
            id, intake_id, applicant_subject, applicant_email, given_name, family_name, region_code, band, organisation_code,
            job_title, status, submitted_at, version, eligible, eligibility_reasons, eligibility_override""";
    private final JdbcClient jdbc;

    ApplicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Application a) {
        jdbc.sql("INSERT INTO application (" + COLUMNS + ") VALUES (:id, :intake, :subject, :email, :given, :family, :region,"
                + " :band, :org, :role, :status, :submitted, :version, :eligible, :reasons, :override)")
                .param("id", a.id()).param("intake", a.intakeId()).param("subject", a.applicantSubject())
                .param("email", a.applicantEmail())
                .param("given", a.givenName()).param("family", a.familyName()).param("region", a.regionCode())
                .param("band", a.band()).param("org", a.organisationCode()).param("role", a.currentRole())
                .param("status", a.status()).param("submitted", Timestamp.from(a.submittedAt()))
                .param("version", a.version()).param("eligible", a.eligible()).param("reasons", a.eligibilityReasons())
                .param("override", a.eligibilityOverride())
                .update();
    }

    /** A programme manager's decision on eligibility, with the reason recorded; optimistic on version. */
    boolean overrideEligibility(UUID id, boolean eligible, String reason, long version) {
        return jdbc.sql("""
                UPDATE application SET eligible = :eligible, eligibility_override = :reason, version = :next
                WHERE id = :id AND version = :version""")
                .param("eligible", eligible).param("reason", reason).param("next", version + 1).param("id", id)
                .param("version", version).update() == 1;
    }

    /** Whether this person (by token subject or by email) already applied to the intake. */
    boolean exists(UUID intakeId, String subject, String email) {
        return jdbc.sql("""
                SELECT count(*) FROM application
                WHERE intake_id = :intake AND (applicant_subject = :subject OR applicant_email = :email)""")
                .param("intake", intakeId).param("subject", subject).param("email", email)
                .query(Long.class).single() > 0;
    }

    /** Optimistic: only from the status and version that were read. */
    boolean updateStatus(UUID id, String from, String to, long version) {
        return jdbc.sql("UPDATE application SET status = :to, version = :next WHERE id = :id AND status = :from AND version = :version")
                .param("to", to).param("next", version + 1).param("id", id).param("from", from).param("version", version)
                .update() == 1;
    }

    public Optional<Application> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM application WHERE id = :id").param("id", id)
                .query((rs, n) -> new Application(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                        rs.getTimestamp(12).toInstant(), rs.getLong(13), (Boolean) rs.getObject(14), rs.getString(15),
                        rs.getString(16)))
                .optional();
    }
}
