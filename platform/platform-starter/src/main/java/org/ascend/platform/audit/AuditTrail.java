package org.ascend.platform.audit;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes and reads the append-only audit trail of this service's database. */
public class AuditTrail {

    private final JdbcClient jdbc;

    public AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(String actor, String actorRoles, String action, String resource, int outcome, String correlationId) {
        jdbc.sql("""
                INSERT INTO audit_record (actor, actor_roles, action, resource, outcome, correlation_id)
                VALUES (:actor, :roles, :action, :resource, :outcome, :correlationId)""")
                .param("actor", actor).param("roles", actorRoles).param("action", action).param("resource", resource)
                .param("outcome", outcome).param("correlationId", correlationId)
                .update();
    }

    /** A record written late from the spool, with its own time; one already written (same id) is skipped. */
    void recordSpooled(AuditSpool.Entry entry) {
        jdbc.sql("""
                INSERT INTO audit_record (at, actor, actor_roles, action, resource, outcome, correlation_id, spooled_id)
                VALUES (:at, :actor, :roles, :action, :resource, :outcome, :correlationId, :id)
                ON CONFLICT (spooled_id) DO NOTHING""")
                .param("at", java.sql.Timestamp.from(entry.at())).param("actor", entry.actor())
                .param("roles", entry.actorRoles()).param("action", entry.action()).param("resource", entry.resource())
                .param("outcome", entry.outcome()).param("correlationId", entry.correlationId()).param("id", entry.id())
                .update();
    }

    /** Newest first; filters are optional. */
    public List<AuditRecord> find(String resource, String actor, int limit) {
        return jdbc.sql("""
                SELECT id, at, actor, actor_roles, action, resource, outcome, correlation_id FROM audit_record
                WHERE (CAST(:resource AS TEXT) IS NULL OR resource = :resource)
                  AND (CAST(:actor AS TEXT) IS NULL OR actor = :actor)
                ORDER BY id DESC LIMIT :limit""")
                .param("resource", resource).param("actor", actor).param("limit", limit)
                .query((rs, n) -> new AuditRecord(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7), rs.getString(8)))
                .list();
    }
}
