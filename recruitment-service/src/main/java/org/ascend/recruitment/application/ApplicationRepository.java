package org.ascend.recruitment.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ascend.recruitment.eligibility.OrganisationType;
import org.ascend.recruitment.eligibility.Profession;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class ApplicationRepository {

    public static final String COLUMNS = """
            id, intake_id, applicant_subject, applicant_email, given_name, family_name, region_code, band, organisation_code,
            organisation_type, profession, job_title, positive_action_declared, answers, sponsor_name, sponsor_email,
            endorsement, endorsement_comment, endorsed_at, status, submitted_at, version, eligible, eligibility_reasons,
            eligibility_override, anonymised_at""";
    private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ApplicationRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Application a) {
        ApplicantProfile p = a.profile();
        Sponsorship s = a.sponsorship();
        jdbc.sql("INSERT INTO application (" + COLUMNS + ") VALUES (:id, :intake, :subject, :email, :given, :family,"
                + " :region, :band, :org, :orgType, :profession, :role, :declared, CAST(:answers AS jsonb), :sponsorName,"
                + " :sponsorEmail, :endorsement, NULL, NULL, :status, :submitted, :version, :eligible, :reasons, NULL, NULL)")
                .param("id", a.id()).param("intake", a.intakeId()).param("subject", a.applicantSubject())
                .param("email", p.email()).param("given", p.givenName()).param("family", p.familyName())
                .param("region", p.regionCode()).param("band", p.band()).param("org", p.organisationCode())
                .param("orgType", p.organisationType().name()).param("profession", p.profession().name())
                .param("role", p.currentRole()).param("declared", p.confirmsTargetedGroup())
                .param("answers", json.writeValueAsString(a.answers())).param("sponsorName", s.name())
                .param("sponsorEmail", s.email()).param("endorsement", s.endorsement().name())
                .param("status", a.status()).param("submitted", Timestamp.from(a.submittedAt()))
                .param("version", a.version()).param("eligible", a.eligible())
                .param("reasons", String.join(",", a.eligibilityReasons()))
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

    /** The named sponsor's decision; only while it is pending. Optimistic on version. */
    public boolean recordEndorsement(UUID id, Sponsorship.Endorsement decision, String comment, Instant at, long version) {
        return jdbc.sql("""
                UPDATE application SET endorsement = :decision, endorsement_comment = :comment, endorsed_at = :at,
                    version = :next
                WHERE id = :id AND version = :version AND endorsement = 'PENDING'""")
                .param("decision", decision.name()).param("comment", comment).param("at", Timestamp.from(at))
                .param("next", version + 1).param("id", id).param("version", version).update() == 1;
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

    /**
     * Anonymises in place (docs/domain.md §2.5): the person goes, the statistics stay. Applications already
     * anonymised are left alone.
     */
    public void anonymise(List<UUID> ids, Instant now) {
        jdbc.sql("""
                UPDATE application SET applicant_email = NULL, given_name = NULL, family_name = NULL, job_title = NULL,
                    organisation_code = NULL, answers = '{}', sponsor_name = NULL, sponsor_email = NULL,
                    endorsement_comment = NULL, positive_action_declared = NULL,
                    eligibility_override = CASE WHEN eligibility_override IS NULL THEN NULL ELSE '(removed on anonymisation)' END,
                    applicant_subject = 'anonymised:' || id, anonymised_at = :now
                WHERE id IN (:ids) AND anonymised_at IS NULL""")
                .param("now", java.sql.Timestamp.from(now)).param("ids", ids).update();
    }

    /** For a round recorded after the fact (the demo's history): submissions spread over its window. */
    public void spreadSubmissions(UUID intakeId, Instant opens, Instant closes) {
        long windowMinutes = java.time.temporal.ChronoUnit.MINUTES.between(opens, closes);
        jdbc.sql("""
                UPDATE application SET submitted_at = CAST(:opens AS timestamptz) + make_interval(mins => (abs(hashtext(id::text)) % :window)::int)
                WHERE intake_id = :intake""")
                .param("opens", java.sql.Timestamp.from(opens)).param("window", windowMinutes).param("intake", intakeId).update();
    }

    public Optional<Application> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM application WHERE id = :id").param("id", id).query(this::map).optional();
    }

    /** Applications naming this sponsor (by email, case-insensitive), newest first. */
    public List<Application> namingSponsor(String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM application WHERE lower(sponsor_email) = lower(:email)"
                + " ORDER BY submitted_at DESC").param("email", email).query(this::map).list();
    }

    public List<Application> ofSubject(String subject) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM application WHERE applicant_subject = :subject ORDER BY submitted_at")
                .param("subject", subject).query(this::map).list();
    }

    public Application map(ResultSet rs, int row) throws SQLException {
        String orgType = rs.getString("organisation_type");
        String profession = rs.getString("profession");
        var profile = new ApplicantProfile(rs.getString("applicant_email"), rs.getString("given_name"),
                rs.getString("family_name"), rs.getString("region_code"), rs.getString("band"),
                rs.getString("organisation_code"), orgType == null ? null : OrganisationType.valueOf(orgType),
                profession == null ? null : Profession.valueOf(profession), rs.getString("job_title"),
                (Boolean) rs.getObject("positive_action_declared"));
        var sponsorship = new Sponsorship(rs.getString("sponsor_name"), rs.getString("sponsor_email"),
                Sponsorship.Endorsement.valueOf(rs.getString("endorsement")), rs.getString("endorsement_comment"),
                instant(rs.getTimestamp("endorsed_at")));
        String reasons = rs.getString("eligibility_reasons");
        return new Application(rs.getObject("id", UUID.class), rs.getObject("intake_id", UUID.class),
                rs.getString("applicant_subject"), profile, json.readValue(rs.getString("answers"), ANSWERS), sponsorship,
                rs.getString("status"), rs.getTimestamp("submitted_at").toInstant(), rs.getLong("version"),
                (Boolean) rs.getObject("eligible"),
                reasons == null || reasons.isBlank() ? List.of() : Arrays.asList(reasons.split(",")),
                rs.getString("eligibility_override"), instant(rs.getTimestamp("anonymised_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
