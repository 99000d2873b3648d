package org.ascend.reporting.reports.job;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ascend.platform.problem.ApiProblem;
import org.ascend.platform.security.Caller;
import org.ascend.reporting.breakdown.ReportScope;
import org.ascend.reporting.funnel.FunnelService;
import org.ascend.reporting.reports.ReportKind;
import org.ascend.reporting.reports.ReportRequest;
import org.ascend.reporting.reports.content.EndOfYearReport;
import org.ascend.reporting.reports.content.IntakeReport;
import org.ascend.reporting.reports.content.Progress;
import org.ascend.reporting.reports.content.ReportContent;
import org.ascend.reporting.reports.content.ReportSubject;
import org.ascend.reporting.reports.content.StocktakeReport;
import org.ascend.reporting.reports.events.ReportPublished;
import org.ascend.reporting.reports.render.HtmlRenderer;
import org.ascend.reporting.reports.render.PdfRenderer;
import org.ascend.reporting.reports.render.TableExport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Generates reports as jobs (docs/reporting.md, "Reports"): the request is checked and queued at once, the work runs
 * in the background and records its progress, and the documents are stored with the report-published event in one
 * transaction at the end. A generation that fails ends as a failed job with its reason and no document at all.
 */
@Service
public class ReportJobs implements org.springframework.beans.factory.DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReportJobs.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z", java.util.Locale.UK)
            .withZone(ZoneId.of("Europe/London"));
    /** A job not moved on for this long lost its instance (a running generation reports progress every few seconds). */
    static final Duration STALLED = Duration.ofMinutes(5);

    private final ReportRepository reports;
    private final FunnelService funnel;
    private final IntakeReport intake;
    private final StocktakeReport stocktake;
    private final EndOfYearReport endOfYear;
    private final HtmlRenderer html;
    private final PdfRenderer pdf;
    /**
     * One report at a time per instance (a PDF with charts takes a core for a second or two), with a bounded queue so
     * that a burst is refused with a 503 rather than piling up. Its own pool, not a bean: an Executor bean would
     * replace Spring Boot's default one for everything else.
     */
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReportJobs(ReportRepository reports, FunnelService funnel, IntakeReport intake, StocktakeReport stocktake, EndOfYearReport endOfYear,
            HtmlRenderer html, PdfRenderer pdf, ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.reports = reports;
        this.funnel = funnel;
        this.intake = intake;
        this.stocktake = stocktake;
        this.endOfYear = endOfYear;
        this.html = html;
        this.pdf = pdf;
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(20);
        executor.setThreadNamePrefix("report-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(30);
        executor.initialize();
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Checks who may generate what, queues the job and returns it; the work goes on in the background. */
    public Report start(ReportRequest request, Caller caller) {
        ReportScope scope = request.audience().scopeFor(caller, request.region());
        String subject = request.subject();
        known(request);
        UUID id = UUID.randomUUID();
        reports.queued(id, request.kind(), request.audience(), scope.region(), subject, caller.subject(), clock.instant());
        ReportSubject about = new ReportSubject(subject, request.title(), request.audience(), scope,
                WHEN.format(clock.instant()), request.kind().template());
        try {
            executor.execute(() -> generate(id, request.kind(), about));
        } catch (RejectedExecutionException busy) {
            reports.failed(id, "Too many reports are being generated at once; nothing was made. Try again in a minute.",
                    clock.instant());
            throw new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "reports-busy", "Too many reports at once",
                    "Too many reports are being generated at once, so this one was not started. Try again in a minute.");
        }
        return reports.find(id).orElseThrow();
    }

    /** 404 at once for an intake or scheme reporting has never seen, rather than a job that fails. */
    private void known(ReportRequest request) {
        if (request.kind() == ReportKind.INTAKE && funnel.summary(request.intakeId()).isEmpty()) {
            throw ApiProblem.notFound("Intake", request.intakeId());
        }
        if (request.kind() == ReportKind.STOCKTAKE && funnel.intakes(request.schemeId(), null).isEmpty()) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "No intakes for this scheme", "Reporting has seen no "
                    + "intake of scheme " + request.schemeId() + ", so there is nothing to take stock of. Check the id; "
                    + "GET /api/reporting/intakes lists the intakes with their schemes.");
        }
    }

    void generate(UUID id, ReportKind kind, ReportSubject about) {
        Progress progress = (percent, step) -> reports.progress(id, percent, step);
        try {
            progress.at(1, "Starting");
            ReportContent content = switch (kind) {
                case INTAKE -> intake.build(about, progress);
                case STOCKTAKE -> stocktake.build(about, previousStocktake(id, about), progress);
                case END_OF_YEAR -> endOfYear.build(about, progress);
            };
            progress.at(80, "Writing the HTML");
            String page = html.render(kind, content);
            progress.at(88, "Laying out the PDF");
            byte[] document = pdf.render(page, content.title());
            progress.at(97, "Storing the report");
            transaction.executeWithoutResult(status -> {
                if (reports.done(id, content.title(), content.headline(), page.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        document, JSON.writeValueAsString(TableExport.json(content)), clock.instant())) {
                    String base = "/api/reporting/reports/" + id;
                    events.publishEvent(new ReportPublished(UUID.randomUUID(), id, kind.name(), about.audience().name(),
                            about.scope().region(), about.subject(), kind.template(), base + "/report.html", base + "/report.pdf",
                            base + "/tables.json", 1, clock.instant()));
                }
            });
            log.info("Report {} ({} for {}) generated", id, kind, about.audience());
        } catch (RuntimeException failed) {
            log.warn("Report {} ({}) failed", id, kind, failed);
            reports.failed(id, reason(failed), clock.instant());
        }
    }

    private Optional<StocktakeReport.Previous> previousStocktake(UUID id, ReportSubject about) {
        return reports.previous(ReportKind.STOCKTAKE, about.subject(), about.audience(), about.scope().region(), id)
                .map(previous -> new StocktakeReport.Previous(WHEN.format(previous.finishedAt()), previous.headline()));
    }

    /** What went wrong, in words a programme manager can act on; never a stack trace. */
    private static String reason(RuntimeException failed) {
        if (failed instanceof ApiProblem problem) {
            return "Not generated: " + problem.getMessage();
        }
        if (failed instanceof IllegalArgumentException) {
            return "Not generated: " + failed.getMessage();
        }
        return "Not generated: the generation stopped with an error (" + failed.getClass().getSimpleName() + "). Nothing was "
                + "stored. Try again; if it fails again, the service's log has the details under this report's id.";
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }

    /** Fails the jobs whose instance stopped mid-way (they would otherwise show RUNNING for ever). */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    @SchedulerLock(name = "report-jobs-sweep", lockAtMostFor = "PT5M")
    public void failStalled() {
        int failed = reports.failStalled(clock.instant().minus(STALLED), "Not generated: the service instance generating it "
                + "stopped before it finished. Nothing was stored; generate it again.", clock.instant());
        if (failed > 0) {
            log.warn("{} report jobs had stalled and were failed", failed);
        }
    }
}
