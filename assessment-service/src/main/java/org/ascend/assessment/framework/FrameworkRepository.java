package org.ascend.assessment.framework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class FrameworkRepository {

    private static final String COLUMNS =
            "id, name, version, description, scale_min, scale_max, criteria, created_at, created_by, in_use_at, row_version";
    private static final TypeReference<List<Criterion>> CRITERIA = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    FrameworkRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Framework f) {
        jdbc.sql("INSERT INTO framework (" + COLUMNS + ") VALUES (:id, :name, :version, :description, :min, :max,"
                + " CAST(:criteria AS jsonb), :createdAt, :createdBy, NULL, :rowVersion)")
                .param("id", f.id()).param("name", f.name()).param("version", f.version())
                .param("description", f.description()).param("min", f.scaleMin()).param("max", f.scaleMax())
                .param("criteria", json.writeValueAsString(f.criteria())).param("createdAt", Timestamp.from(f.createdAt()))
                .param("createdBy", f.createdBy()).param("rowVersion", f.rowVersion()).update();
    }

    /** Only while not in use, and only from the version read: false otherwise. */
    boolean updateUnused(Framework f, long readVersion) {
        return jdbc.sql("""
                UPDATE framework SET description = :description, scale_min = :min, scale_max = :max,
                    criteria = CAST(:criteria AS jsonb), row_version = row_version + 1
                WHERE id = :id AND in_use_at IS NULL AND row_version = :read""")
                .param("description", f.description()).param("min", f.scaleMin()).param("max", f.scaleMax())
                .param("criteria", json.writeValueAsString(f.criteria())).param("id", f.id()).param("read", readVersion)
                .update() == 1;
    }

    void markInUse(Collection<UUID> ids, Instant at) {
        jdbc.sql("UPDATE framework SET in_use_at = :at WHERE id IN (:ids) AND in_use_at IS NULL")
                .param("at", Timestamp.from(at)).param("ids", ids).update();
    }

    Optional<Framework> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM framework WHERE id = :id").param("id", id).query(this::map).optional();
    }

    int latestVersion(String name) {
        return jdbc.sql("SELECT coalesce(max(version), 0) FROM framework WHERE name = :name").param("name", name)
                .query(Integer.class).single();
    }

    List<Framework> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM framework ORDER BY name, version").query(this::map).list();
    }

    private Framework map(ResultSet rs, int row) throws SQLException {
        Timestamp inUse = rs.getTimestamp(10);
        return new Framework(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getInt(5),
                rs.getInt(6), json.readValue(rs.getString(7), CRITERIA), rs.getTimestamp(8).toInstant(), rs.getString(9),
                inUse == null ? null : inUse.toInstant(), rs.getLong(11));
    }
}
