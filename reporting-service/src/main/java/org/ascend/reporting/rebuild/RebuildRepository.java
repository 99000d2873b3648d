package org.ascend.reporting.rebuild;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RebuildRepository {

    /** A rebuild whose instance has not beaten for this long has stopped (each beats about once a second). */
    private static final String STOPPED = "heartbeat_at < now() - interval '1 minute'";

    private final JdbcClient jdbc;

    RebuildRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a new rebuild, or empty if one is under way; returns the schemas of rebuilds found stopped. */
    Optional<List<String>> start(UUID id, String schema) {
        List<String> abandoned = jdbc.sql("UPDATE read_model_rebuild SET state = 'FAILED', finished_at = now(), message = "
                + "'Its instance stopped before it finished; the live tables were kept.' WHERE state IN ('REPLAYING', "
                + "'SWITCHING') AND " + STOPPED + " RETURNING schema_name").query(String.class).list();
        try {
            jdbc.sql("""
                    INSERT INTO read_model_rebuild (id, state, schema_name, started_at, heartbeat_at)
                    VALUES (:id, 'REPLAYING', :schema, now(), now())""").param("id", id).param("schema", schema).update();
            return Optional.of(abandoned);
        } catch (DuplicateKeyException underWay) {
            return Optional.empty();
        }
    }

    Optional<UUID> underWay() {
        return jdbc.sql("SELECT id FROM read_model_rebuild WHERE state IN ('REPLAYING', 'SWITCHING')").query(UUID.class)
                .optional();
    }

    void progress(UUID id, long total, long applied, long skipped) {
        jdbc.sql("UPDATE read_model_rebuild SET total = :total, applied = :applied, skipped = :skipped, heartbeat_at = now() "
                + "WHERE id = :id").param("id", id).param("total", total).param("applied", applied)
                .param("skipped", skipped).update();
    }

    void state(UUID id, Rebuild.State state, String message) {
        boolean finished = state == Rebuild.State.DONE || state == Rebuild.State.FAILED;
        jdbc.sql("UPDATE read_model_rebuild SET state = :state, message = :message, heartbeat_at = now(), finished_at = "
                + (finished ? "now()" : "NULL") + " WHERE id = :id")
                .param("id", id).param("state", state.name()).param("message", message).update();
    }

    Optional<Rebuild> find(UUID id) {
        return jdbc.sql("""
                SELECT id, state, total, applied, skipped, started_at, finished_at, message
                FROM read_model_rebuild WHERE id = :id""").param("id", id)
                .query((rs, n) -> Rebuild.of(rs.getObject(1, UUID.class), Rebuild.State.valueOf(rs.getString(2)),
                        rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getTimestamp(6).toInstant(),
                        Optional.ofNullable(rs.getTimestamp(7)).map(Timestamp::toInstant).orElse(null),
                        rs.getString(8)))
                .optional();
    }
}
