package org.ascend.recruitment.intake;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class IntakeRepository {

    private static final String COLUMNS = "id, scheme_id, name, places, opens_at, closes_at, status, version";
    private final JdbcClient jdbc;

    IntakeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Intake intake) {
        jdbc.sql("INSERT INTO intake (" + COLUMNS + ") VALUES (:id, :scheme, :name, :places, :opens, :closes, :status, :version)")
                .param("id", intake.id()).param("scheme", intake.schemeId()).param("name", intake.name())
                .param("places", intake.places()).param("opens", Timestamp.from(intake.opensAt()))
                .param("closes", Timestamp.from(intake.closesAt())).param("status", intake.status().name())
                .param("version", intake.version())
                .update();
    }

    /** Optimistic: fails if someone else changed the intake since it was read. */
    boolean updateStatus(Intake intake) {
        return jdbc.sql("UPDATE intake SET status = :status, version = :version WHERE id = :id AND version = :previous")
                .param("status", intake.status().name()).param("version", intake.version())
                .param("id", intake.id()).param("previous", intake.version() - 1)
                .update() == 1;
    }

    public Optional<Intake> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM intake WHERE id = :id").param("id", id)
                .query((rs, n) -> new Intake(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getInt(4), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(),
                        IntakeStatus.valueOf(rs.getString(7)), rs.getLong(8)))
                .optional();
    }
}
