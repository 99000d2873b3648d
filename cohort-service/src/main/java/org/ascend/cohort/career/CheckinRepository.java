package org.ascend.cohort.career;

import java.sql.Date;
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
class CheckinRepository {

    /** Schemes that have not set their own schedule: 6, 12, 24 and 36 months after completion (docs/domain.md §1). */
    static final List<Integer> DEFAULT_SCHEDULE = List.of(6, 12, 24, 36);

    private final JdbcClient jdbc;

    CheckinRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Integer> schedule(UUID schemeId) {
        return jdbc.sql("SELECT months FROM career_checkin_schedule WHERE scheme_id = :scheme").param("scheme", schemeId)
                .query((rs, n) -> List.of((Integer[]) rs.getArray(1).getArray())).optional().orElse(DEFAULT_SCHEDULE);
    }

    void setSchedule(UUID schemeId, List<Integer> months, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO career_checkin_schedule (scheme_id, months, changed_by, changed_at)
                VALUES (:scheme, CAST(:months AS INTEGER[]), :by, :at)
                ON CONFLICT (scheme_id) DO UPDATE SET months = EXCLUDED.months, changed_by = :by, changed_at = :at""")
                .param("scheme", schemeId).param("months", months.toString().replace('[', '{').replace(']', '}'))
                .param("by", by).param("at", Timestamp.from(at)).update();
    }

    /** False when this check-in was opened already (another instance, an earlier run). */
    boolean open(Checkin c) {
        return jdbc.sql("""
                INSERT INTO career_checkin (id, participant_id, cohort_id, months_after_completion, due_on, opened_at,
                    last_announced_at)
                VALUES (:id, :participant, :cohort, :months, :dueOn, :at, :at)
                ON CONFLICT (participant_id, months_after_completion) DO NOTHING""")
                .param("id", c.id()).param("participant", c.participantId()).param("cohort", c.cohortId())
                .param("months", c.monthsAfterCompletion()).param("dueOn", Date.valueOf(c.dueOn()))
                .param("at", Timestamp.from(c.openedAt())).update() == 1;
    }

    /**
     * Counts one more reminder on each unanswered check-in last announced before {@code announcedBefore}, at most two
     * per check-in, and returns them. Claimed row by row with SKIP LOCKED, so two runs never remind the same one.
     */
    List<Checkin> remindDue(Instant announcedBefore, Instant now) {
        return jdbc.sql("""
                UPDATE career_checkin SET reminders_sent = reminders_sent + 1, last_announced_at = :now
                WHERE id IN (SELECT id FROM career_checkin
                             WHERE answered_at IS NULL AND participant_id IS NOT NULL AND reminders_sent < 2
                               AND last_announced_at <= :before
                             FOR UPDATE SKIP LOCKED)
                RETURNING *""")
                .param("before", Timestamp.from(announcedBefore)).param("now", Timestamp.from(now))
                .query(CheckinRepository::map).list();
    }

    Optional<Checkin> find(UUID id) {
        return jdbc.sql("SELECT * FROM career_checkin WHERE id = :id").param("id", id).query(CheckinRepository::map).optional();
    }

    List<Checkin> ofParticipant(UUID participantId) {
        return jdbc.sql("SELECT * FROM career_checkin WHERE participant_id = :id ORDER BY months_after_completion")
                .param("id", participantId).query(CheckinRepository::map).list();
    }

    List<Checkin> unansweredOfCohort(UUID cohortId) {
        return jdbc.sql("""
                SELECT * FROM career_checkin WHERE cohort_id = :cohort AND answered_at IS NULL AND participant_id IS NOT NULL
                ORDER BY due_on, id""").param("cohort", cohortId).query(CheckinRepository::map).list();
    }

    /** False when it was answered already. */
    boolean answer(UUID id, boolean moved, UUID moveRecordId, String reflections, Instant at) {
        return jdbc.sql("""
                UPDATE career_checkin SET answered_at = :at, moved = :moved, move_record_id = :record, reflections = :reflections
                WHERE id = :id AND answered_at IS NULL""")
                .param("id", id).param("moved", moved).param("record", moveRecordId).param("reflections", reflections)
                .param("at", Timestamp.from(at)).update() == 1;
    }

    /** The person leaves the check-ins: when they were due and whether answered stay; reflections go. */
    void anonymise(UUID participantId, Instant at) {
        jdbc.sql("UPDATE career_checkin SET participant_id = NULL, reflections = NULL, anonymised_at = :at WHERE participant_id = :id")
                .param("id", participantId).param("at", Timestamp.from(at)).update();
    }

    private static Checkin map(ResultSet rs, int row) throws SQLException {
        Timestamp answered = rs.getTimestamp("answered_at");
        return new Checkin(rs.getObject("id", UUID.class), rs.getObject("participant_id", UUID.class),
                rs.getObject("cohort_id", UUID.class), rs.getInt("months_after_completion"), rs.getDate("due_on").toLocalDate(),
                rs.getTimestamp("opened_at").toInstant(), rs.getInt("reminders_sent"),
                answered == null ? null : answered.toInstant(), (Boolean) rs.getObject("moved"),
                rs.getObject("move_record_id", UUID.class), rs.getString("reflections"));
    }
}
