package org.ascend.recruitment;

import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.ascend.platform.test.Http;
import org.awaitility.Awaitility;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.ascend.recruitment.RecruitmentTestSupport.applicant;
import static org.ascend.recruitment.RecruitmentTestSupport.openIntake;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database failing or slow under a request in flight (docs/reliability.md): the caller gets a 503 that says to
 * send the request again with the same Idempotency-Key, and doing so gives exactly one application; a write that
 * outruns the time its caller will wait commits nothing.
 */
class DatabaseFaultsTest extends ServiceIntegrationTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRequestWhoseDatabaseSessionIsEndedGetsA503ToRetryWithTheSameKey() throws Exception {
        String intakeId = openIntake(as("programme-manager"));
        Http applicant = asNewApplicant();
        var body = applicant();
        var key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        String path = "/api/recruitment/intakes/" + intakeId + "/applications";

        Http.Response refused;
        try (Connection blocker = dataSource.getConnection()) {
            // Hold the request's insert at a lock (reads go on), then end its session as a database shutdown does (SIGTERM to the
            // backend: "terminating connection due to administrator command").
            blocker.setAutoCommit(false);
            blocker.createStatement().execute("LOCK TABLE application IN SHARE MODE");
            var inFlight = CompletableFuture.supplyAsync(() -> applicant.post(path, body, key));
            terminateTheBackendWaitingOnApplication();
            refused = inFlight.get();
            blocker.rollback();
        }

        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(refused.text("detail")).contains("same Idempotency-Key");
        var retried = applicant.post(path, body, key);
        assertThat(retried.status()).as(retried.body().toString()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT count(*) FROM application WHERE intake_id = :id")
                .param("id", UUID.fromString(intakeId)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aWriteThatOutrunsItsCallersBudgetCommitsNothing() throws Exception {
        String intakeId = openIntake(as("programme-manager"));
        var budget = Map.of("Idempotency-Key", UUID.randomUUID().toString(), "Ascend-Time-Budget-Ms", "1500");
        String path = "/api/recruitment/intakes/" + intakeId + "/applications";

        Http.Response refused;
        try (Connection blocker = dataSource.getConnection()) {
            // The database is slow (the insert waits at a lock) for longer than the caller said it would wait.
            blocker.setAutoCommit(false);
            blocker.createStatement().execute("LOCK TABLE application IN SHARE MODE");
            // The lock stays until the request has answered: it must give up within its budget, not wait for the lock.
            refused = CompletableFuture.supplyAsync(() -> asNewApplicant().post(path, applicant(), budget))
                    .get(10, TimeUnit.SECONDS);
            blocker.rollback();
        }

        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(503);
        assertThat(refused.text("type")).isEqualTo("urn:ascend:problem:database-unavailable");
        assertThat(jdbc.sql("SELECT count(*) FROM application WHERE intake_id = :id")
                .param("id", UUID.fromString(intakeId)).query(Long.class).single())
                .as("nothing committed after the caller stopped waiting").isZero();
    }

    private void terminateTheBackendWaitingOnApplication() {
        Awaitility.await("the request's insert waiting at the lock").atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> jdbc.sql("""
                        SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
                        WHERE datname = current_database() AND wait_event_type = 'Lock'
                          AND query ILIKE 'INSERT INTO application%'""").query(Integer.class).single() > 0);
    }
}
