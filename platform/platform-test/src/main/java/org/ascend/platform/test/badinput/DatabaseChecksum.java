package org.ascend.platform.test.badinput;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A digest of every table a request could change in a service's database: not the audit trail (refusals are recorded
 * there by design), the job locks, the outbox's instance heartbeats or Flyway's history.
 */
public final class DatabaseChecksum {

    private static final Set<String> NOT_CHANGED_BY_REQUESTS = Set.of("audit_record", "shedlock", "outbox_instance",
            "outbox_partition", "flyway_schema_history");

    private DatabaseChecksum() {
    }

    public static String of(JdbcClient jdbc) {
        List<String> tables = jdbc.sql("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name""")
                .query(String.class).list();
        StringBuilder digests = new StringBuilder();
        for (String table : tables) {
            if (!NOT_CHANGED_BY_REQUESTS.contains(table)) {
                digests.append(table).append('=').append(jdbc.sql("SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM "
                        + table + " t").query(String.class).single()).append('\n');
            }
        }
        return digests.toString();
    }
}
