package org.ascend.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.ascend.platform.test.Http;
import org.ascend.platform.test.TestIdentity;
import org.ascend.platform.test.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the gateway says when a service does not answer (docs/reliability.md, "Deadlines"), with a 3 s time limit:
 * recruitment answers too late, cohort drops the connection once it has the request, assessment is not listening.
 * Only a call that was never sent is "nothing changed"; the others may have been applied, and a write is told to
 * retry with the same Idempotency-Key. The service is told its budget, the time limit less 2 s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayDeadlinesTest {

    private static final AtomicReference<String> budgetReceived = new AtomicReference<>();
    /** Opened once the tests are done: until then the slow stand-in holds every answer. */
    private static final CountDownLatch answerNow = new CountDownLatch(1);
    private static final HttpServer slowRecruitment = slowStandIn();
    private static final ServerSocket droppingCohort = droppingStandIn();

    @LocalServerPort
    int port;
    Http http;

    @DynamicPropertySource
    static void downstreams(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.port", TestInfrastructure::redis);
        registry.add("ascend.gateway.time-limit", () -> "3s");
        TestIdentity.resourceServerProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("ASCEND_RECRUITMENT_URL", () -> "http://127.0.0.1:" + slowRecruitment.getAddress().getPort());
        registry.add("ASCEND_COHORT_URL", () -> "http://127.0.0.1:" + droppingCohort.getLocalPort());
        registry.add("ASCEND_ASSESSMENT_URL", () -> "http://127.0.0.1:" + TestInfrastructure.freePort());
    }

    @AfterAll
    static void stop() throws IOException {
        answerNow.countDown();
        slowRecruitment.stop(0);
        droppingCohort.close();
    }

    @BeforeEach
    void client() {
        http = new Http("http://127.0.0.1:" + port).withToken(TestIdentity.token("programme-manager"));
    }

    @Test
    void aWriteThatTimesOutMayHaveBeenAppliedAndTheServiceWasToldItsBudget() {
        var response = http.post("/api/recruitment/schemes", Map.of("name", "x"),
                Map.of("Ascend-Time-Budget-Ms", "999999", "Idempotency-Key", "deadline-test-1"));

        assertThat(response.status()).isEqualTo(504);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("type")).isEqualTo("urn:ascend:problem:service-did-not-answer");
        assertThat(response.text("detail")).contains("whether it was applied is unknown", "same Idempotency-Key")
                .doesNotContain("nothing was changed");
        assertThat(budgetReceived.get()).as("the gateway's budget, never the caller's").isEqualTo("1000");
    }

    @Test
    void aReadThatTimesOutIsSimplyToBeTriedAgain() {
        var response = http.get("/api/recruitment/schemes");

        assertThat(response.status()).isEqualTo(504);
        assertThat(response.text("detail")).contains("did not answer in time").doesNotContain("Idempotency-Key");
    }

    @Test
    void aConnectionDroppedAfterTheRequestWasSentIsNotNothingChanged() {
        var response = http.post("/api/cohorts/cohorts", Map.of("name", "x"));

        assertThat(response.status()).isEqualTo(504);
        assertThat(response.text("detail")).contains("same Idempotency-Key").doesNotContain("nothing was changed");
    }

    @Test
    void aServiceThatCannotBeReachedChangedNothing() {
        var response = http.post("/api/assessment/frameworks", Map.of("name", "x"));

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.text("type")).isEqualTo("urn:ascend:problem:service-unavailable");
        assertThat(response.text("detail")).contains("was not sent to it and nothing was changed");
        assertThat(response.header("Retry-After")).isEqualTo("10");
    }

    /** Answers only once the tests are done: always beyond the gateway's 3 s. */
    private static HttpServer slowStandIn() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                budgetReceived.set(exchange.getRequestHeaders().getFirst("Ascend-Time-Budget-Ms"));
                exchange.getRequestBody().readAllBytes();
                try {
                    answerNow.await(10, TimeUnit.SECONDS); // never within the gateway's 3 s
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.sendResponseHeaders(201, -1);
                exchange.close();
            });
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Takes each request's first bytes, then closes the connection without a word. */
    private static ServerSocket droppingStandIn() {
        try {
            ServerSocket server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket connection = server.accept(); InputStream in = connection.getInputStream()) {
                        in.read(new byte[8192]);
                    } catch (IOException e) {
                        // closed at the end of the tests
                    }
                }
            }, "dropping-stand-in");
            acceptor.setDaemon(true);
            acceptor.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
