package org.ascend.recruitment.scheme;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class SchemeRepository {

    private final JdbcClient jdbc;

    SchemeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Scheme scheme) {
        jdbc.sql("""
                INSERT INTO scheme (id, name, description, target_cohort_size, created_at)
                VALUES (:id, :name, :description, :size, :createdAt)""")
                .param("id", scheme.id()).param("name", scheme.name()).param("description", scheme.description())
                .param("size", scheme.targetCohortSize()).param("createdAt", Timestamp.from(scheme.createdAt()))
                .update();
    }

    public Optional<Scheme> find(UUID id) {
        return jdbc.sql("SELECT id, name, description, target_cohort_size, created_at FROM scheme WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Scheme(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getInt(4), rs.getTimestamp(5).toInstant()))
                .optional();
    }
}
