package org.ascend.reporting.reports.job;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.ascend.reporting.reports.Audience;
import org.ascend.reporting.reports.ReportKind;

/**
 * A report: while it is generated, the job and its progress; once done, where to download it (docs/reporting.md).
 */
public record Report(UUID id, ReportKind kind, Audience audience,
        @Schema(description = "The region of a REGIONAL report") String region,
        @Schema(description = "What it is about: the intake id, scheme id or financial year") String subject,
        @Schema(description = "The cover's title; known once generated") String title,
        @Schema(description = "The template and its version, e.g. stocktake-v1") String templateVersion,
        @Schema(description = "QUEUED, RUNNING, DONE or FAILED") State state,
        @Schema(description = "How far the generation has got, 0 to 100") int percent,
        @Schema(description = "What it is doing now, in words") String step,
        @Schema(description = "Why it failed, and what to do; or what was generated") String reason,
        Instant requestedAt, Instant finishedAt,
        @Schema(description = "The headline figures, as printed, once done") Map<String, String> headline,
        @Schema(description = "Downloads, once done") Links links) {

    public enum State { QUEUED, RUNNING, DONE, FAILED }

    /** Where the finished report's formats are (each download is audited). */
    public record Links(String html, String pdf, String tables) {
    }
}
