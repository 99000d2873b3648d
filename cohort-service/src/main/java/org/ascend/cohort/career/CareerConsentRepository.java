package org.ascend.cohort.career;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CareerConsentRepository {

    private final JdbcClient jdbc;

    CareerConsentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CareerConsent> find(UUID participantId) {
        return jdbc.sql("SELECT * FROM career_consent WHERE participant_id = :id").param("id", participantId)
                .query(CareerConsentRepository::map).optional();
    }

    /** Gives (or gives again, after a withdrawal, or changes) the consent; returns what is now recorded. */
    CareerConsent give(CareerConsent consent) {
        jdbc.sql("""
                INSERT INTO career_consent (participant_id, status, track_for_years, completed_on, track_until, share_in_alumni_directory,
                    share_in_talent_pool, share_email_with_talent_leads, given_at, withdrawn_at, version)
                VALUES (:id, 'GIVEN', :years, :completedOn, :until, :directory, :pool, :email, :at, NULL, 1)
                ON CONFLICT (participant_id) DO UPDATE SET status = 'GIVEN', track_for_years = :years,
                    completed_on = :completedOn, track_until = :until,
                    share_in_alumni_directory = :directory, share_in_talent_pool = :pool,
                    share_email_with_talent_leads = :email, given_at = :at,
                    withdrawn_at = NULL, version = career_consent.version + 1""")
                .param("id", consent.participantId()).param("until", Date.valueOf(consent.trackUntil()))
                .param("years", consent.trackForYears())
                .param("completedOn", consent.completedOn() == null ? null : Date.valueOf(consent.completedOn()))
                .param("directory", consent.shareInAlumniDirectory()).param("pool", consent.shareInTalentPool())
                .param("email", consent.shareEmailWithTalentLeads())
                .param("at", Timestamp.from(consent.givenAt()))
                .update();
        return find(consent.participantId()).orElseThrow();
    }

    /**
     * The next version of the participant's career (the aggregate of the career topic), locking their consent row
     * while the caller's transaction lasts; empty when no consent is in force.
     */
    Optional<Long> nextVersion(UUID participantId) {
        return jdbc.sql("""
                UPDATE career_consent SET version = version + 1 WHERE participant_id = :id AND status = 'GIVEN'
                RETURNING version""").param("id", participantId).query(Long.class).optional();
    }

    /** Consents in force whose tracking period has not ended. */
    List<CareerConsent> tracking(LocalDate today) {
        return jdbc.sql("SELECT * FROM career_consent WHERE status = 'GIVEN' AND track_until >= :today ORDER BY participant_id")
                .param("today", Date.valueOf(today)).query(CareerConsentRepository::map).list();
    }

    /** The participant completed: tracking now runs its years from that day. Returns the consent, if in force. */
    Optional<CareerConsent> completed(UUID participantId, LocalDate completedOn) {
        int updated = jdbc.sql("""
                UPDATE career_consent SET completed_on = :on, track_until = CAST(:on AS DATE) + make_interval(years => track_for_years),
                    version = version + 1
                WHERE participant_id = :id AND status = 'GIVEN'""")
                .param("id", participantId).param("on", Date.valueOf(completedOn)).update();
        return updated == 1 ? find(participantId) : Optional.empty();
    }

    /** False when there was no consent in force to withdraw. */
    boolean withdraw(UUID participantId, Instant at) {
        return jdbc.sql("""
                UPDATE career_consent SET status = 'WITHDRAWN', withdrawn_at = :at, version = version + 1
                WHERE participant_id = :id AND status = 'GIVEN'""")
                .param("id", participantId).param("at", Timestamp.from(at)).update() == 1;
    }

    private static CareerConsent map(ResultSet rs, int row) throws SQLException {
        Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
        Date completedOn = rs.getDate("completed_on");
        return new CareerConsent(rs.getObject("participant_id", UUID.class), CareerConsent.Status.valueOf(rs.getString("status")),
                rs.getInt("track_for_years"), completedOn == null ? null : completedOn.toLocalDate(), rs.getDate("track_until").toLocalDate(), rs.getBoolean("share_in_alumni_directory"),
                rs.getBoolean("share_in_talent_pool"), rs.getBoolean("share_email_with_talent_leads"), rs.getTimestamp("given_at").toInstant(),
                withdrawn == null ? null : withdrawn.toInstant(), rs.getLong("version"));
    }
}
