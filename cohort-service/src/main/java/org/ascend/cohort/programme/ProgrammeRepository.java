package org.ascend.cohort.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProgrammeRepository {

    private static final String COLUMNS =
            "id, cohort_id, kind, title, starts_at, duration_minutes, place, online_link, facilitator, held_at, version";
    private static final int DEFAULT_MIN_ATTENDANCE = 80;

    private final JdbcClient jdbc;

    ProgrammeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ProgrammeSession s) {
        jdbc.sql("INSERT INTO programme_session (" + COLUMNS + ") VALUES (:id, :cohort, :kind, :title, :startsAt, :duration,"
                + " :place, :link, :facilitator, NULL, 1)")
                .param("id", s.id()).param("cohort", s.cohortId()).param("kind", s.kind().name()).param("title", s.title())
                .param("startsAt", Timestamp.from(s.startsAt())).param("duration", s.durationMinutes())
                .param("place", s.place()).param("link", s.onlineLink()).param("facilitator", s.facilitator())
                .update();
    }

    Optional<ProgrammeSession> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM programme_session WHERE id = :id").param("id", id)
                .query(ProgrammeRepository::map).optional();
    }

    List<ProgrammeSession> ofCohort(UUID cohortId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM programme_session WHERE cohort_id = :cohort ORDER BY starts_at, id")
                .param("cohort", cohortId).query(ProgrammeRepository::map).list();
    }

    /** Marks the session held (if it was not) and returns its new version. */
    long markHeld(UUID id, Instant at) {
        return jdbc.sql("UPDATE programme_session SET held_at = COALESCE(held_at, :at), version = version + 1 WHERE id = :id"
                + " RETURNING version").param("id", id).param("at", Timestamp.from(at)).query(Long.class).single();
    }

    void recordAttendance(UUID sessionId, UUID participantId, AttendanceStatus status, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO attendance (session_id, participant_id, status, recorded_by, recorded_at)
                VALUES (:session, :participant, :status, :by, :at)
                ON CONFLICT (session_id, participant_id) DO UPDATE SET status = EXCLUDED.status,
                    recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at""")
                .param("session", sessionId).param("participant", participantId).param("status", status.name())
                .param("by", by).param("at", Timestamp.from(at)).update();
    }

    Map<AttendanceStatus, Integer> counts(UUID sessionId) {
        Map<AttendanceStatus, Integer> counts = new EnumMap<>(AttendanceStatus.class);
        for (AttendanceStatus status : AttendanceStatus.values()) {
            counts.put(status, 0);
        }
        jdbc.sql("SELECT status, count(*) FROM attendance WHERE session_id = :session GROUP BY status").param("session", sessionId)
                .query(rs -> {
                    counts.put(AttendanceStatus.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return counts;
    }

    Map<UUID, AttendanceStatus> attendanceOf(UUID sessionId) {
        Map<UUID, AttendanceStatus> attendance = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT participant_id, status FROM attendance WHERE session_id = :session ORDER BY participant_id")
                .param("session", sessionId)
                .query(rs -> {
                    attendance.put(rs.getObject(1, UUID.class), AttendanceStatus.valueOf(rs.getString(2)));
                });
        return attendance;
    }

    /** Of the cohort's held sessions, how many the participant attended (apologies count as not attended). */
    int[] attendedOfHeld(UUID cohortId, UUID participantId) {
        return jdbc.sql("""
                SELECT count(*) FILTER (WHERE a.status = 'ATTENDED'), count(*) FROM programme_session s
                LEFT JOIN attendance a ON a.session_id = s.id AND a.participant_id = :participant
                WHERE s.cohort_id = :cohort AND s.held_at IS NOT NULL""")
                .param("cohort", cohortId).param("participant", participantId)
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
    }

    int minAttendancePercent(UUID cohortId) {
        return jdbc.sql("SELECT min_attendance_percent FROM completion_rules WHERE cohort_id = :cohort").param("cohort", cohortId)
                .query(Integer.class).optional().orElse(DEFAULT_MIN_ATTENDANCE);
    }

    void setMinAttendancePercent(UUID cohortId, int percent) {
        jdbc.sql("""
                INSERT INTO completion_rules (cohort_id, min_attendance_percent) VALUES (:cohort, :percent)
                ON CONFLICT (cohort_id) DO UPDATE SET min_attendance_percent = EXCLUDED.min_attendance_percent""")
                .param("cohort", cohortId).param("percent", percent).update();
    }

    private static ProgrammeSession map(ResultSet rs, int row) throws SQLException {
        Timestamp held = rs.getTimestamp("held_at");
        return new ProgrammeSession(rs.getObject("id", UUID.class), rs.getObject("cohort_id", UUID.class),
                SessionKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getTimestamp("starts_at").toInstant(),
                rs.getInt("duration_minutes"), rs.getString("place"), rs.getString("online_link"), rs.getString("facilitator"),
                held == null ? null : held.toInstant(), rs.getLong("version"));
    }
}
