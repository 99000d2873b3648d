package org.ascend.cohort.offer;

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
class OfferRepository {

    private static final String COLUMNS = """
            id, cohort_id, intake_id, application_id, stage, rank, status, respond_days, respond_by, offered_at, decided_at,
            decline_reason, decline_note, applicant_subject, version""";

    private final JdbcClient jdbc;

    OfferRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Offer o) {
        jdbc.sql("""
                INSERT INTO offer (id, cohort_id, intake_id, application_id, stage, rank, status, respond_days, respond_by,
                    offered_at, version)
                VALUES (:id, :cohort, :intake, :application, :stage, :rank, :status, :days, :respondBy, :offeredAt, 1)""")
                .param("id", o.id()).param("cohort", o.cohortId()).param("intake", o.intakeId())
                .param("application", o.applicationId()).param("stage", o.stage()).param("rank", o.rank())
                .param("status", o.status().name()).param("days", o.respondDays())
                .param("respondBy", timestamp(o.respondBy())).param("offeredAt", timestamp(o.offeredAt()))
                .update();
    }

    Optional<Offer> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM offer WHERE id = :id").param("id", id).query(OfferRepository::map).optional();
    }

    List<Offer> ofCohort(UUID cohortId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM offer WHERE cohort_id = :cohort ORDER BY rank")
                .param("cohort", cohortId).query(OfferRepository::map).list();
    }

    List<Offer> ofSubject(String subject) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM offer WHERE applicant_subject = :subject ORDER BY offered_at DESC NULLS LAST")
                .param("subject", subject).query(OfferRepository::map).list();
    }

    /** Applications of the intake that already hold an offer or a waiting-list place in any of its cohorts. */
    List<UUID> applicationsPlaced(UUID intakeId) {
        return jdbc.sql("SELECT application_id FROM offer WHERE intake_id = :intake").param("intake", intakeId)
                .query(UUID.class).list();
    }

    List<UUID> dueBefore(Instant now) {
        return jdbc.sql("SELECT id FROM offer WHERE status = 'OFFERED' AND respond_by <= :now ORDER BY respond_by")
                .param("now", Timestamp.from(now)).query(UUID.class).list();
    }

    List<Offer> ofApplication(UUID applicationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM offer WHERE application_id = :application")
                .param("application", applicationId).query(OfferRepository::map).list();
    }

    /** Moves the offer on if it is still in {@code from} at {@code version}: false when someone got there first. */
    boolean transition(UUID id, OfferStatus from, long version, OfferStatus to, Instant decidedAt) {
        return jdbc.sql("""
                UPDATE offer SET status = :to, decided_at = :decidedAt, version = version + 1
                WHERE id = :id AND status = :from AND version = :version""")
                .param("id", id).param("from", from.name()).param("version", version).param("to", to.name())
                .param("decidedAt", timestamp(decidedAt)).update() == 1;
    }

    boolean decline(UUID id, long version, DeclineReason reason, String note, Instant at) {
        return jdbc.sql("""
                UPDATE offer SET status = 'DECLINED', decline_reason = :reason, decline_note = :note, decided_at = :at,
                    version = version + 1
                WHERE id = :id AND status = 'OFFERED' AND version = :version""")
                .param("id", id).param("version", version).param("reason", reason.name()).param("note", note)
                .param("at", Timestamp.from(at)).update() == 1;
    }

    void offer(UUID id, Instant offeredAt, Instant respondBy) {
        jdbc.sql("""
                UPDATE offer SET status = 'OFFERED', offered_at = :offeredAt, respond_by = :respondBy, version = version + 1
                WHERE id = :id AND status = 'WAITLISTED'""")
                .param("id", id).param("offeredAt", Timestamp.from(offeredAt)).param("respondBy", Timestamp.from(respondBy))
                .update();
    }

    void identify(UUID applicationId, String subject) {
        jdbc.sql("UPDATE offer SET applicant_subject = :subject WHERE application_id = :application")
                .param("application", applicationId).param("subject", subject).update();
    }

    void forgetApplicant(UUID applicationId) {
        jdbc.sql("UPDATE offer SET applicant_subject = NULL, decline_note = NULL WHERE application_id = :application")
                .param("application", applicationId).update();
    }

    private static Offer map(ResultSet rs, int row) throws SQLException {
        return new Offer(rs.getObject("id", UUID.class), rs.getObject("cohort_id", UUID.class),
                rs.getObject("intake_id", UUID.class), rs.getObject("application_id", UUID.class), rs.getString("stage"),
                rs.getInt("rank"), OfferStatus.valueOf(rs.getString("status")),
                rs.getInt("respond_days"), instant(rs.getTimestamp("respond_by")),
                instant(rs.getTimestamp("offered_at")), instant(rs.getTimestamp("decided_at")),
                rs.getString("decline_reason") == null ? null : DeclineReason.valueOf(rs.getString("decline_reason")),
                rs.getString("decline_note"), rs.getString("applicant_subject"), rs.getLong("version"));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
