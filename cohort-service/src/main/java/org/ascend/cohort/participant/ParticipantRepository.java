package org.ascend.cohort.participant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ParticipantRepository {

    private static final String COLUMNS = """
            id, cohort_id, offer_id, intake_id, application_id, applicant_subject, status, given_name, family_name, email,
            organisation_code, role_title, sponsor_name, sponsor_email, details_received_at, enrolled_at, anonymised_at,
            version""";

    private final JdbcClient jdbc;

    ParticipantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the offer's participant exists already (a repeated acceptance event). */
    boolean insert(Participant p) {
        return jdbc.sql("""
                INSERT INTO participant (id, cohort_id, offer_id, intake_id, application_id, applicant_subject, status,
                    enrolled_at, version)
                VALUES (:id, :cohort, :offer, :intake, :application, :subject, :status, :at, 1)
                ON CONFLICT (offer_id) DO NOTHING""")
                .param("id", p.id()).param("cohort", p.cohortId()).param("offer", p.offerId()).param("intake", p.intakeId())
                .param("application", p.applicationId()).param("subject", p.applicantSubject())
                .param("status", p.status().name()).param("at", Timestamp.from(p.enrolledAt()))
                .update() == 1;
    }

    Optional<Participant> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM participant WHERE id = :id").param("id", id)
                .query(ParticipantRepository::map).optional();
    }

    List<Participant> ofCohort(UUID cohortId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM participant WHERE cohort_id = :cohort ORDER BY enrolled_at, id")
                .param("cohort", cohortId).query(ParticipantRepository::map).list();
    }

    List<Participant> completedOfScheme(UUID schemeId) {
        return jdbc.sql("SELECT " + COLUMNS.replaceAll("(\\w+)", "p.$1") + """
                 FROM participant p JOIN cohort c ON c.id = p.cohort_id
                WHERE c.scheme_id = :scheme AND p.status = 'COMPLETED' ORDER BY c.starts_on, p.family_name, p.id""")
                .param("scheme", schemeId).query(ParticipantRepository::map).list();
    }

    List<Participant> ofSubject(String subject) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM participant WHERE applicant_subject = :subject ORDER BY enrolled_at DESC")
                .param("subject", subject).query(ParticipantRepository::map).list();
    }

    void recordContact(UUID applicationId, Participant.Contact c, Instant at) {
        jdbc.sql("""
                UPDATE participant SET given_name = :given, family_name = :family, email = :email,
                    organisation_code = :organisation, role_title = :role, sponsor_name = :sponsorName,
                    sponsor_email = :sponsorEmail, details_received_at = :at
                WHERE application_id = :application AND anonymised_at IS NULL""")
                .param("application", applicationId).param("given", c.givenName()).param("family", c.familyName())
                .param("email", c.email()).param("organisation", c.organisationCode()).param("role", c.currentRole())
                .param("sponsorName", c.sponsorName()).param("sponsorEmail", c.sponsorEmail()).param("at", Timestamp.from(at))
                .update();
    }

    boolean changeStatus(UUID id, ParticipantStatus from, long version, ParticipantStatus to) {
        return jdbc.sql("UPDATE participant SET status = :to, version = version + 1 WHERE id = :id AND status = :from"
                + " AND version = :version")
                .param("id", id).param("from", from.name()).param("version", version).param("to", to.name()).update() == 1;
    }

    void recordStatusChange(UUID participantId, ParticipantStatus from, ParticipantStatus to, String reason,
            WithdrawalReason reasonCategory, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO participant_status_change (participant_id, from_status, to_status, reason, reason_category, changed_by,
                    changed_at)
                VALUES (:participant, :from, :to, :reason, :category, :by, :at)""")
                .param("participant", participantId).param("from", from == null ? null : from.name()).param("to", to.name())
                .param("reason", reason).param("category", reasonCategory == null ? null : reasonCategory.name())
                .param("by", by).param("at", Timestamp.from(at)).update();
    }

    /** When the participant was last recorded as completed; empty unless they are completed. */
    Optional<Instant> completedAt(UUID participantId) {
        return jdbc.sql("""
                SELECT max(c.changed_at) FROM participant_status_change c JOIN participant p ON p.id = c.participant_id
                WHERE c.participant_id = :participant AND c.to_status = 'COMPLETED' AND p.status = 'COMPLETED'""")
                .param("participant", participantId).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    List<UUID> idsOfApplications(List<UUID> applicationIds) {
        return jdbc.sql("SELECT id FROM participant WHERE application_id IN (:ids)").param("ids", applicationIds)
                .query(UUID.class).list();
    }

    List<StatusChange> history(UUID participantId) {
        return jdbc.sql("""
                SELECT from_status, to_status, reason, reason_category, changed_by, changed_at FROM participant_status_change
                WHERE participant_id = :participant ORDER BY changed_at, id""")
                .param("participant", participantId)
                .query((rs, n) -> new StatusChange(rs.getString(1) == null ? null : ParticipantStatus.valueOf(rs.getString(1)),
                        ParticipantStatus.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4) == null ? null : WithdrawalReason.valueOf(rs.getString(4)), rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    /**
     * The people leave; the participants (their cohort, status and dates) stay, so counts survive. Reasons given for
     * status changes may say personal things, so they go too, and the participant's own sign-in as who made a change.
     */
    void anonymise(List<UUID> applicationIds, Instant at) {
        jdbc.sql("""
                UPDATE participant_status_change c SET reason = NULL,
                    changed_by = CASE WHEN c.changed_by = p.applicant_subject THEN 'anonymised' ELSE c.changed_by END
                FROM participant p WHERE c.participant_id = p.id AND p.application_id IN (:ids)""")
                .param("ids", applicationIds).update();
        jdbc.sql("""
                UPDATE participant SET given_name = NULL, family_name = NULL, email = NULL, organisation_code = NULL,
                    role_title = NULL, sponsor_name = NULL, sponsor_email = NULL,
                    applicant_subject = 'anonymised:' || id, anonymised_at = :at
                WHERE application_id IN (:ids) AND anonymised_at IS NULL""")
                .param("ids", applicationIds).param("at", Timestamp.from(at)).update();
    }

    private static Participant map(ResultSet rs, int row) throws SQLException {
        Timestamp details = rs.getTimestamp("details_received_at");
        Timestamp anonymised = rs.getTimestamp("anonymised_at");
        Participant.Contact contact = details == null || anonymised != null ? null : new Participant.Contact(
                rs.getString("given_name"), rs.getString("family_name"), rs.getString("email"),
                rs.getString("organisation_code"), rs.getString("role_title"), rs.getString("sponsor_name"),
                rs.getString("sponsor_email"));
        return new Participant(rs.getObject("id", UUID.class), rs.getObject("cohort_id", UUID.class),
                rs.getObject("offer_id", UUID.class), rs.getObject("intake_id", UUID.class),
                rs.getObject("application_id", UUID.class), rs.getString("applicant_subject"),
                ParticipantStatus.valueOf(rs.getString("status")), contact,
                details == null ? null : details.toInstant(), rs.getTimestamp("enrolled_at").toInstant(),
                anonymised == null ? null : anonymised.toInstant(), rs.getLong("version"));
    }
}
