package org.ascend.reporting.reports.job;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.ascend.platform.security.Caller;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.reporting.funnel.FunnelService;
import org.ascend.reporting.reports.Audience;
import org.ascend.reporting.reports.ReportKind;
import org.ascend.reporting.reports.ReportRequest;
import org.ascend.reporting.reports.content.EndOfYearReport;
import org.ascend.reporting.reports.content.IntakeReport;
import org.ascend.reporting.reports.content.StocktakeReport;
import org.ascend.reporting.reports.render.HtmlRenderer;
import org.ascend.reporting.reports.render.PdfRenderer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job shows its progress while it runs, and a generation that fails part-way ends as a failed job with its reason
 * and no document, nothing half-written. The jobs here run the real builders and database; only the PDF step is made
 * to wait, or to fail, as a slow or broken renderer would.
 */
class ReportJobsTest extends ServiceIntegrationTest {

    private static final Caller MANAGER = new Caller("manager-1", Set.of("programme-manager"), null, null, null);

    @Autowired ReportRepository reports;
    @Autowired FunnelService funnel;
    @Autowired IntakeReport intake;
    @Autowired StocktakeReport stocktake;
    @Autowired EndOfYearReport endOfYear;
    @Autowired HtmlRenderer html;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcClient jdbc;

    private final ReportRequest endOfYearReport = new ReportRequest(ReportKind.END_OF_YEAR, Audience.PUBLIC, null, null, null,
            "2301/02", null);

    @Test
    void aRunningJobShowsHowFarItHasGot() throws Exception {
        CountDownLatch laying = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ReportJobs jobs = jobs(new PdfRenderer() {
            @Override
            public byte[] render(String page, String title) {
                laying.countDown();
                await(release);
                return super.render(page, title);
            }
        });
        try {
            UUID id = jobs.start(endOfYearReport, MANAGER).id();
            assertThat(laying.await(60, TimeUnit.SECONDS)).isTrue();
            Report running = reports.find(id).orElseThrow();
            assertThat(running.state()).isEqualTo(Report.State.RUNNING);
            assertThat(running.percent()).isBetween(80, 96);
            assertThat(running.step()).isEqualTo("Laying out the PDF");
            assertThat(running.links()).as("nothing to download yet").isNull();
            release.countDown();
            Report done = Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> reports.find(id).orElseThrow(),
                    report -> report.state() == Report.State.DONE);
            assertThat(done.percent()).isEqualTo(100);
            assertThat(reports.document(id, "pdf")).isPresent();
        } finally {
            release.countDown();
            jobs.destroy();
        }
    }

    @Test
    void aGenerationThatFailsEndsAsAFailedJobWithItsReasonAndNoDocument() {
        ReportJobs jobs = jobs(new PdfRenderer() {
            @Override
            public byte[] render(String page, String title) {
                throw new IllegalStateException("the PDF library gave up");
            }
        });
        try {
            UUID id = jobs.start(endOfYearReport, MANAGER).id();
            Report failed = Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> reports.find(id).orElseThrow(),
                    report -> report.state() == Report.State.FAILED);
            assertThat(failed.reason()).startsWith("Not generated:").contains("Nothing was stored", "Try again");
            assertThat(failed.links()).isNull();
            assertThat(jdbc.sql("SELECT count(*) FROM report WHERE id = :id AND html IS NULL AND pdf IS NULL AND tables IS NULL"
                    + " AND headline IS NULL").param("id", id).query(Long.class).single()).as("nothing half-written").isEqualTo(1);
        } finally {
            jobs.destroy();
        }
    }

    @Test
    void aJobWhoseInstanceStoppedIsFailedBySweep() {
        UUID id = UUID.randomUUID();
        reports.queued(id, ReportKind.INTAKE, Audience.PUBLIC, null, UUID.randomUUID().toString(), "manager-1",
                Clock.systemUTC().instant().minus(Duration.ofMinutes(10)));
        jobs(new PdfRenderer()).failStalled();
        Report swept = reports.find(id).orElseThrow();
        assertThat(swept.state()).isEqualTo(Report.State.FAILED);
        assertThat(swept.reason()).contains("stopped before it finished", "generate it again");
    }

    private ReportJobs jobs(PdfRenderer pdf) {
        return new ReportJobs(reports, funnel, intake, stocktake, endOfYear, html, pdf, events, transactions, Clock.systemUTC());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
