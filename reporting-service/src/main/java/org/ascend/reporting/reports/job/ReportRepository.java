package org.ascend.reporting.reports.job;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ascend.reporting.reports.Audience;
import org.ascend.reporting.reports.ReportKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Generated reports: the job's state and progress, and, written once at the end, the documents. */
@Repository
public class ReportRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "id, kind, audience, region_code, subject, title, template_version, state, percent, "
            + "step, reason, requested_at, finished_at, headline";

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void queued(UUID id, ReportKind kind, Audience audience, String region, String subject, String requestedBy, Instant at) {
        jdbc.sql("""
                INSERT INTO report (id, kind, audience, region_code, subject, template_version, state, step, requested_by,
                    requested_at, updated_at)
                VALUES (:id, :kind, :audience, :region, :subject, :template, 'QUEUED', 'Waiting to start', :by, :at, :at)""")
                .param("id", id).param("kind", kind.name()).param("audience", audience.name()).param("region", region)
                .param("subject", subject).param("template", kind.template()).param("by", requestedBy)
                .param("at", Timestamp.from(at)).update();
    }

    /** Progress of a job still running; a job already ended (failed by the sweep) is left as it is. */
    void progress(UUID id, int percent, String step) {
        jdbc.sql("""
                UPDATE report SET state = 'RUNNING', percent = :percent, step = :step, updated_at = now()
                WHERE id = :id AND state IN ('QUEUED', 'RUNNING')""")
                .param("id", id).param("percent", percent).param("step", step).update();
    }

    /** The documents, written in the caller's transaction with the event: all or nothing. False if it had ended. */
    boolean done(UUID id, String title, Map<String, String> headline, byte[] html, byte[] pdf, String tables, Instant at) {
        return jdbc.sql("""
                UPDATE report SET state = 'DONE', percent = 100, step = NULL, title = :title, headline = CAST(:headline AS JSON),
                    html = :html, pdf = :pdf, tables = CAST(:tables AS JSON), finished_at = :at, updated_at = :at,
                    reason = 'Generated; download it as HTML, PDF or its tables as CSV and JSON.'
                WHERE id = :id AND state = 'RUNNING'""")
                .param("id", id).param("title", title).param("headline", JSON.writeValueAsString(headline))
                .param("html", html).param("pdf", pdf).param("tables", tables).param("at", Timestamp.from(at)).update() == 1;
    }

    void failed(UUID id, String reason, Instant at) {
        jdbc.sql("""
                UPDATE report SET state = 'FAILED', step = NULL, reason = :reason, finished_at = :at, updated_at = :at,
                    html = NULL, pdf = NULL, tables = NULL
                WHERE id = :id AND state IN ('QUEUED', 'RUNNING')""")
                .param("id", id).param("reason", reason).param("at", Timestamp.from(at)).update();
    }

    /** Jobs no instance has moved on since {@code before}: their instance stopped. */
    int failStalled(Instant before, String reason, Instant at) {
        return jdbc.sql("""
                UPDATE report SET state = 'FAILED', step = NULL, reason = :reason, finished_at = :at, updated_at = :at
                WHERE state IN ('QUEUED', 'RUNNING') AND updated_at < :before""")
                .param("before", Timestamp.from(before)).param("reason", reason).param("at", Timestamp.from(at)).update();
    }

    public Optional<Report> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM report WHERE id = :id").param("id", id).query(ReportRepository::report)
                .optional();
    }

    /** Newest first, optionally of one kind and subject. */
    public List<Report> list(ReportKind kind, String subject, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM report WHERE (CAST(:kind AS TEXT) IS NULL OR kind = :kind)"
                + " AND (CAST(:subject AS TEXT) IS NULL OR subject = :subject) ORDER BY requested_at DESC, id LIMIT :limit")
                .param("kind", kind == null ? null : kind.name()).param("subject", subject).param("limit", limit)
                .query(ReportRepository::report).list();
    }

    /** The last finished report of a kind, subject, audience and region before this one (the stocktake's "what changed"). */
    Optional<Report> previous(ReportKind kind, String subject, Audience audience, String region, UUID before) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM report WHERE kind = :kind AND subject = :subject AND audience = :audience"
                + " AND region_code IS NOT DISTINCT FROM :region AND state = 'DONE' AND id <> :id"
                + " ORDER BY finished_at DESC LIMIT 1")
                .param("kind", kind.name()).param("subject", subject).param("audience", audience.name()).param("region", region)
                .param("id", before).query(ReportRepository::report).optional();
    }

    public Optional<byte[]> document(UUID id, String column) {
        if (!List.of("html", "pdf").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        return jdbc.sql("SELECT " + column + " FROM report WHERE id = :id AND state = 'DONE'").param("id", id)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    public Optional<String> tables(UUID id) {
        return jdbc.sql("SELECT CAST(tables AS TEXT) FROM report WHERE id = :id AND state = 'DONE'").param("id", id)
                .query(String.class).optional();
    }

    private static Report report(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Report.State state = Report.State.valueOf(rs.getString("state"));
        String headline = rs.getString("headline");
        Timestamp finished = rs.getTimestamp("finished_at");
        String base = "/api/reporting/reports/" + id;
        return new Report(id, ReportKind.valueOf(rs.getString("kind")), Audience.valueOf(rs.getString("audience")),
                rs.getString("region_code"), rs.getString("subject"), rs.getString("title"), rs.getString("template_version"),
                state, rs.getInt("percent"), rs.getString("step"), rs.getString("reason"),
                rs.getTimestamp("requested_at").toInstant(), finished == null ? null : finished.toInstant(),
                headline == null ? null : JSON.readValue(headline, new TypeReference<Map<String, String>>() {
                }),
                state == Report.State.DONE ? new Report.Links(base + "/report.html", base + "/report.pdf", base + "/tables.json") : null);
    }
}
