package org.ascend.cohort.career;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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
                INSERT INTO career_consent (participant_id, status, track_until, share_in_alumni_directory,
                    share_in_talent_pool, given_at, withdrawn_at, version)
                VALUES (:id, 'GIVEN', :until, :directory, :pool, :at, NULL, 1)
                ON CONFLICT (participant_id) DO UPDATE SET status = 'GIVEN', track_until = :until,
                    share_in_alumni_directory = :directory, share_in_talent_pool = :pool, given_at = :at,
                    withdrawn_at = NULL, version = career_consent.version + 1""")
                .param("id", consent.participantId()).param("until", Date.valueOf(consent.trackUntil()))
                .param("directory", consent.shareInAlumniDirectory()).param("pool", consent.shareInTalentPool())
                .param("at", Timestamp.from(consent.givenAt()))
                .update();
        return find(consent.participantId()).orElseThrow();
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
        return new CareerConsent(rs.getObject("participant_id", UUID.class), CareerConsent.Status.valueOf(rs.getString("status")),
                rs.getDate("track_until").toLocalDate(), rs.getBoolean("share_in_alumni_directory"),
                rs.getBoolean("share_in_talent_pool"), rs.getTimestamp("given_at").toInstant(),
                withdrawn == null ? null : withdrawn.toInstant(), rs.getLong("version"));
    }
}
