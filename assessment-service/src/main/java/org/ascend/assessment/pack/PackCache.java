package org.ascend.assessment.pack;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ascend.assessment.assessmentcase.ApplicantsLeft;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class PackCache {

    /** A pack as last fetched. */
    public record Cached(Map<String, Object> pack, Instant fetchedAt) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PackCache(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void store(UUID applicationId, Map<String, Object> pack, Instant at) {
        jdbc.sql("""
                INSERT INTO pack_cache (application_id, pack, fetched_at) VALUES (:id, CAST(:pack AS jsonb), :at)
                ON CONFLICT (application_id) DO UPDATE SET pack = EXCLUDED.pack, fetched_at = EXCLUDED.fetched_at""")
                .param("id", applicationId).param("pack", json.writeValueAsString(pack)).param("at", Timestamp.from(at)).update();
    }

    Optional<Cached> find(UUID applicationId) {
        return jdbc.sql("SELECT pack, fetched_at FROM pack_cache WHERE application_id = :id").param("id", applicationId)
                .query((rs, n) -> new Cached(json.readValue(rs.getString(1), new TypeReference<Map<String, Object>>() { }),
                        rs.getTimestamp(2).toInstant()))
                .optional();
    }

    /** Erasure: nothing of the person stays here. */
    @EventListener
    void forget(ApplicantsLeft left) {
        forget(left.applicationIds());
    }

    private void forget(Collection<UUID> applicationIds) {
        if (!applicationIds.isEmpty()) {
            jdbc.sql("DELETE FROM pack_cache WHERE application_id IN (:ids)").param("ids", applicationIds).update();
        }
    }
}
