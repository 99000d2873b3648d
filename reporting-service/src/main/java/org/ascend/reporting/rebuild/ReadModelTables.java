package org.ascend.reporting.rebuild;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tables a rebuild replaces (docs/reporting.md): the read models, which the checksum covers, and the consumers'
 * own record of what they have applied (the inbox), which travels with them so that a record delivered again after
 * the switch is still recognised. A table added to a read model must be added here.
 */
@Component
public class ReadModelTables {

    /** Built only from events: a rebuild must give them exactly the same rows. */
    public static final List<String> READ_MODELS = List.of("funnel_intake", "application_progress", "application_stage",
            "application_equality", "erased_application", "stage_reliability", "career_tracked", "career_move",
            "network_activity", "session_held");

    /** The platform inbox: which events were applied, how far each key's stream got, events held back. */
    static final List<String> CONSUMER_STATE = List.of("processed_event", "consumed_stream", "held_event");

    private final JdbcClient jdbc;

    ReadModelTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static List<String> swapped() {
        List<String> all = new ArrayList<>(READ_MODELS);
        all.addAll(CONSUMER_STATE);
        return all;
    }

    /**
     * Each read model's row count and checksum in {@code schema}: the md5 of its rows' md5s in sorted order, so it
     * depends on the rows alone, not on the order they were written in.
     */
    public List<TableChecksum> checksums(String schema) {
        return READ_MODELS.stream().map(table -> jdbc.sql("SELECT count(*), md5(coalesce(string_agg(md5(t::text), ',' ORDER BY "
                + "md5(t::text)), '')) FROM " + schema + "." + table + " t")
                .query((rs, n) -> new TableChecksum(table, rs.getLong(1), rs.getString(2))).single()).toList();
    }

    public record TableChecksum(String table, long rows, String checksum) {
    }
}
