package org.ascend.reporting.reports.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ascend.platform.audit.Audited;
import org.ascend.platform.problem.AlsoAnswers;
import org.ascend.platform.problem.ApiProblem;
import org.ascend.platform.security.Caller;
import org.ascend.platform.web.CsvDownload;
import org.ascend.reporting.reports.ReportKind;
import org.ascend.reporting.reports.ReportRequest;
import org.ascend.reporting.reports.job.Report;
import org.ascend.reporting.reports.job.ReportJobs;
import org.ascend.reporting.reports.job.ReportRepository;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports people read (docs/reporting.md, "Reports"): generated as jobs, stored, listed, and downloaded as HTML, PDF,
 * and their tables as JSON or CSV. A caller sees the reports for audiences their role may generate; every download is
 * audited.
 */
@RestController
@Validated
@PreAuthorize("hasAnyRole('programme-manager', 'analyst', 'platform-admin', 'regional-lead')")
class ReportController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ReportJobs jobs;
    private final ReportRepository reports;

    ReportController(ReportJobs jobs, ReportRepository reports) {
        this.jobs = jobs;
        this.reports = reports;
    }

    /**
     * Starts generating a report: an intake report, a scheme stocktake or an end-of-year report, for an audience at or
     * below the caller's role. Answers 202 with the job; follow its progress at its Location until DONE or FAILED.
     */
    @PostMapping("/api/reporting/reports")
    @ResponseStatus(HttpStatus.ACCEPTED) // also names the status in the API document
    @AlsoAnswers(404)
    ResponseEntity<Report> generate(@Valid @RequestBody ReportRequest request) {
        Report started = jobs.start(request, Caller.current());
        return ResponseEntity.accepted().location(URI.create("/api/reporting/reports/" + started.id())).body(started);
    }

    /** The reports the caller may read, newest first, optionally of one kind and subject (at most 100). */
    @GetMapping("/api/reporting/reports")
    List<Report> list(@RequestParam(required = false) ReportKind kind,
            @RequestParam(required = false) @Size(max = 36) @Pattern(regexp = "[0-9a-f/-]*", message = "must be an id or a financial year such as 2018/19") String subject) {
        Caller caller = Caller.current();
        return reports.list(kind, subject, 500).stream().filter(report -> report.audience().readableBy(caller, report.region()))
                .limit(100).toList();
    }

    /** A report's job: its state, progress, and once done its headline figures and downloads; or why it failed. */
    @GetMapping("/api/reporting/reports/{reportId}")
    Report report(@PathVariable UUID reportId) {
        return readable(reportId);
    }

    /** The finished report as accessible HTML (an attachment: open it in a browser). */
    @GetMapping(value = "/api/reporting/reports/{reportId}/report.html", produces = MediaType.TEXT_HTML_VALUE)
    @AlsoAnswers(409)
    @Audited("report.download")
    ResponseEntity<byte[]> html(@PathVariable UUID reportId) {
        Report report = finished(reportId);
        return download(report, "html", new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8),
                reports.document(reportId, "html").orElseThrow());
    }

    /** The finished report as PDF (A4, page numbers, a contents list, charts as vector graphics). */
    @GetMapping(value = "/api/reporting/reports/{reportId}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @AlsoAnswers(409)
    @Audited("report.download")
    ResponseEntity<byte[]> pdf(@PathVariable UUID reportId) {
        Report report = finished(reportId);
        return download(report, "pdf", MediaType.APPLICATION_PDF, reports.document(reportId, "pdf").orElseThrow());
    }

    /** Every table of the finished report as JSON: id, caption, columns and rows, figures as printed. */
    @GetMapping(value = "/api/reporting/reports/{reportId}/tables.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @AlsoAnswers(409)
    @Audited("report.download")
    ResponseEntity<byte[]> tables(@PathVariable UUID reportId) {
        Report report = finished(reportId);
        return download(report, "tables.json", MediaType.APPLICATION_JSON,
                reports.tables(reportId).orElseThrow().getBytes(StandardCharsets.UTF_8));
    }

    /** One table of the finished report as CSV (its id is in tables.json and under each table in the HTML). */
    @GetMapping(value = "/api/reporting/reports/{reportId}/tables/{tableId}.csv", produces = "text/csv")
    @AlsoAnswers(409)
    @Audited("report.download")
    ResponseEntity<String> table(@PathVariable UUID reportId,
            @PathVariable @Pattern(regexp = "[a-z0-9-]{1,60}", message = "must be a table id such as funnel") String tableId) {
        finished(reportId);
        for (JsonNode table : JSON.readTree(reports.tables(reportId).orElseThrow())) {
            if (table.path("id").asString().equals(tableId)) {
                List<String> columns = JSON.convertValue(table.path("columns"), new tools.jackson.core.type.TypeReference<List<String>>() {
                });
                List<List<String>> rows = JSON.convertValue(table.path("rows"),
                        new tools.jackson.core.type.TypeReference<List<List<String>>>() {
                        });
                return CsvDownload.of(reportId + "-" + tableId + ".csv", columns, rows);
            }
        }
        throw ApiProblem.notFound("Table", tableId);
    }

    private Report readable(UUID reportId) {
        Caller caller = Caller.current();
        return reports.find(reportId).filter(report -> report.audience().readableBy(caller, report.region()))
                .orElseThrow(() -> ApiProblem.notFound("Report", reportId));
    }

    private Report finished(UUID reportId) {
        Report report = readable(reportId);
        if (report.state() != Report.State.DONE) {
            throw ApiProblem.conflict("report-not-ready", "The report is not ready",
                    "Report " + reportId + " is " + report.state() + (report.state() == Report.State.FAILED ? ": " + report.reason()
                            : " (" + report.percent() + " %). Follow GET /api/reporting/reports/" + reportId + " until it is DONE."));
        }
        return report;
    }

    private static <T> ResponseEntity<T> download(Report report, String extension, MediaType type, T body) {
        String name = report.kind().name().toLowerCase().replace('_', '-') + "-" + report.id() + "." + extension;
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(type).body(body);
    }
}
