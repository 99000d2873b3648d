package org.ascend.recruitment.scheme;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import org.ascend.recruitment.eligibility.EligibilityRules;
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
                INSERT INTO scheme (id, name, description, target_cohort_size, min_band, max_band, eligible_regions, created_at)
                VALUES (:id, :name, :description, :size, :minBand, :maxBand, :regions, :createdAt)""")
                .param("id", scheme.id()).param("name", scheme.name()).param("description", scheme.description())
                .param("size", scheme.targetCohortSize()).param("minBand", scheme.eligibility().minBand())
                .param("maxBand", scheme.eligibility().maxBand())
                .param("regions", scheme.eligibility().regions().isEmpty() ? null
                        : String.join(",", new java.util.TreeSet<>(scheme.eligibility().regions())))
                .param("createdAt", Timestamp.from(scheme.createdAt()))
                .update();
    }

    public Optional<Scheme> find(UUID id) {
        return jdbc.sql("""
                SELECT id, name, description, target_cohort_size, min_band, max_band, eligible_regions, created_at
                FROM scheme WHERE id = :id""")
                .param("id", id)
                .query((rs, n) -> new Scheme(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getInt(4), new EligibilityRules(rs.getString(5), rs.getString(6),
                                rs.getString(7) == null ? java.util.Set.of() : java.util.Set.of(rs.getString(7).split(","))),
                        rs.getTimestamp(8).toInstant()))
                .optional();
    }
}
