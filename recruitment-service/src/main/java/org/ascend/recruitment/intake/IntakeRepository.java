package org.ascend.recruitment.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class IntakeRepository {

    private static final String COLUMNS = """
            id, scheme_id, name, places, opens_at, closes_at, status, questions, sponsor_required, endorsement_deadline,
            version""";
    private static final TypeReference<List<Question>> QUESTIONS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    IntakeRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Intake intake) {
        jdbc.sql("INSERT INTO intake (" + COLUMNS + ") VALUES (:id, :scheme, :name, :places, :opens, :closes, :status,"
                + " CAST(:questions AS jsonb), :sponsorRequired, :deadline, :version)")
                .param("id", intake.id()).param("scheme", intake.schemeId()).param("name", intake.name())
                .param("places", intake.places()).param("opens", Timestamp.from(intake.opensAt()))
                .param("closes", Timestamp.from(intake.closesAt())).param("status", intake.status().name())
                .param("questions", json.writeValueAsString(intake.questions()))
                .param("sponsorRequired", intake.sponsorRequired())
                .param("deadline", intake.endorsementDeadline() == null ? null : Timestamp.from(intake.endorsementDeadline()))
                .param("version", intake.version())
                .update();
    }

    /** Optimistic: fails if someone else changed the intake since it was read. */
    boolean update(Intake intake) {
        return jdbc.sql("""
                UPDATE intake SET status = :status, questions = CAST(:questions AS jsonb), version = :version
                WHERE id = :id AND version = :previous""")
                .param("status", intake.status().name()).param("questions", json.writeValueAsString(intake.questions()))
                .param("version", intake.version()).param("id", intake.id()).param("previous", intake.version() - 1)
                .update() == 1;
    }

    /** For a round recorded after the fact (the demo's history): when it really closed. */
    public void recordClosingTime(UUID id, java.time.Instant closes) {
        jdbc.sql("UPDATE intake SET closes_at = :closes WHERE id = :id")
                .param("closes", java.sql.Timestamp.from(closes)).param("id", id).update();
    }

    public Optional<Intake> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM intake WHERE id = :id").param("id", id).query(this::map).optional();
    }

    /** Intakes of a scheme, or all; optionally only those in one status. Newest first. */
    public List<Intake> list(UUID schemeId, IntakeStatus status) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM intake WHERE (CAST(:scheme AS uuid) IS NULL OR scheme_id = :scheme)"
                + " AND (CAST(:status AS text) IS NULL OR status = :status) ORDER BY opens_at DESC")
                .param("scheme", schemeId).param("status", status == null ? null : status.name())
                .query(this::map).list();
    }

    /** Open intakes whose closing time has passed: the closer moves them to closed. */
    public List<Intake> openPast(java.time.Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM intake WHERE status = 'OPEN' AND closes_at <= :now")
                .param("now", Timestamp.from(now)).query(this::map).list();
    }

    private Intake map(ResultSet rs, int row) throws SQLException {
        Timestamp deadline = rs.getTimestamp("endorsement_deadline");
        return new Intake(rs.getObject("id", UUID.class), rs.getObject("scheme_id", UUID.class), rs.getString("name"),
                rs.getInt("places"), rs.getTimestamp("opens_at").toInstant(), rs.getTimestamp("closes_at").toInstant(),
                IntakeStatus.valueOf(rs.getString("status")), json.readValue(rs.getString("questions"), QUESTIONS),
                rs.getBoolean("sponsor_required"), deadline == null ? null : deadline.toInstant(), rs.getLong("version"));
    }
}
