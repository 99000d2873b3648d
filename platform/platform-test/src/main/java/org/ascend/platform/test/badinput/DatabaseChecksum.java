package org.ascend.platform.test.badinput;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A digest of every table a request could change in a service's database, in every schema (a read-model rebuild
 * works in a schema of its own before it switches its tables in): not the audit trail (refusals are recorded there by
 * design), the job locks, the outbox's instance heartbeats, Flyway's history, or the coalesced publications'
 * bookkeeping, which scheduled jobs empty and update on their own time (what they publish goes through the outbox,
 * which is in the digest): an accepted write earlier, such as a rebuild that marks every intake, is worked off there
 * while later batches run.
 */
public final class DatabaseChecksum {

    private static final Set<String> NOT_CHANGED_BY_REQUESTS = Set.of("audit_record", "shedlock", "outbox_instance",
            "outbox_partition", "flyway_schema_history", "coalesced_pending", "coalesced_published");

    private DatabaseChecksum() {
    }

    public static String of(JdbcClient jdbc) {
        List<Map<String, Object>> tables = jdbc.sql("""
                SELECT table_schema, table_name FROM information_schema.tables
                WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_type = 'BASE TABLE'
                ORDER BY table_schema, table_name""").query().listOfRows();
        StringBuilder digests = new StringBuilder();
        for (Map<String, Object> row : tables) {
            String table = row.get("table_schema") + "." + row.get("table_name");
            if (!NOT_CHANGED_BY_REQUESTS.contains((String) row.get("table_name"))) {
                digests.append(table).append('=').append(digest(jdbc, table)).append('\n');
            }
        }
        return digests.toString();
    }

    private static String digest(JdbcClient jdbc, String table) {
        try {
            return jdbc.sql("SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM " + table + " t")
                    .query(String.class).single();
        } catch (org.springframework.dao.DataAccessException gone) {
            return "gone"; // dropped or moved since it was listed (a rebuild switching its tables in): a change too
        }
    }
}
