package org.ascend.gateway;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.ascend.platform.test.BadTokens;
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
 * Routing at the door, on real Redis (rate limiter). Recruitment is a plain HTTP server that records
 * what reached it; assessment points at a port where nothing listens, i.e. a service that is down.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRoutingTest {

    private static final AtomicReference<String> lastPath = new AtomicReference<>();
    private static final AtomicReference<String> lastCorrelationId = new AtomicReference<>();
    private static final AtomicReference<String> lastTraceparent = new AtomicReference<>();
    private static final HttpServer recruitment = startRecruitmentStandIn();

    @LocalServerPort
    int port;
    Http http;

    @DynamicPropertySource
    static void downstreams(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.port", TestInfrastructure::redis);
        registry.add("ascend.gateway.rate.per-second", () -> "5");
        registry.add("ascend.gateway.rate.burst", () -> "20");
        TestIdentity.resourceServerProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("ASCEND_RECRUITMENT_URL", () -> "http://127.0.0.1:" + recruitment.getAddress().getPort());
        registry.add("ASCEND_ASSESSMENT_URL", () -> "http://127.0.0.1:" + TestInfrastructure.freePort());
    }

    @AfterAll
    static void stop() {
        recruitment.stop(0);
    }

    @BeforeEach
    void client() {
        http = new Http("http://127.0.0.1:" + port).withToken(TestIdentity.token("programme-manager"));
    }

    @Test
    void routesByPathAndCarriesTheCorrelationIdBothWays() {
        var response = http.post("/api/recruitment/schemes", Map.of("name", "x"), Map.of("X-Correlation-Id", "corr-42"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.text("routed")).isEqualTo("yes");
        assertThat(lastPath.get()).isEqualTo("/api/recruitment/schemes");
        assertThat(lastCorrelationId.get()).isEqualTo("corr-42");
        assertThat(response.headers().get("X-Correlation-Id")).containsExactly("corr-42");
    }

    @Test
    void passesAValidTraceparentOnAndStartsATraceWhenThereIsNone() {
        String incoming = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        http.get("/api/recruitment/schemes", Map.of("traceparent", incoming));
        assertThat(lastTraceparent.get()).isEqualTo(incoming);

        http.get("/api/recruitment/schemes", Map.of("traceparent", "garbage"));
        assertThat(lastTraceparent.get()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01").isNotEqualTo(incoming);
    }

    @Test
    void generatesACorrelationIdWhenTheCallerSendsNone() {
        var response = http.get("/api/recruitment/schemes");
        assertThat(lastCorrelationId.get()).isNotBlank().isEqualTo(response.header("X-Correlation-Id"));
    }

    @Test
    void aServiceThatIsDownGetsAProblemFromTheFallback() {
        var response = http.get("/api/assessment/cases?intakeId=x");

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("type")).isEqualTo("urn:ascend:problem:service-unavailable");
        assertThat(response.text("detail")).contains("assessment");
        assertThat(response.header("Retry-After")).isEqualTo("10");
    }

    @Test
    void oversizedBodiesAreRefusedAtTheDoor() {
        lastPath.set(null);
        var response = http.post("/api/recruitment/schemes", Map.of("name", "x".repeat(300 * 1024)));

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.text("type")).isEqualTo("urn:ascend:problem:body-too-large");
        assertThat(lastPath.get()).isNull();
    }

    @Test
    void unknownPathsGetAProblemThatNamesTheApis() {
        var response = http.get("/nowhere");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("detail")).contains("/api/recruitment");
    }

    @Test
    void everyBadTokenIsRefusedOnEveryRouteBeforeRouting() {
        lastPath.set(null);
        var anonymous = new Http("http://127.0.0.1:" + port);
        var routes = java.util.List.of("/api/recruitment/schemes", "/api/assessment/cases?intakeId=x",
                "/api/cohorts/intakes/x", "/api/reporting/intakes/x/funnel");
        BadTokens.all().forEach((flaw, authorization) -> routes.forEach(route -> {
            Http.Response response;
            try {
                response = anonymous.get(route, authorization == null ? Map.of() : Map.of("Authorization", authorization));
            } catch (IllegalStateException e) {
                // Name the case: a hang here happened twice in CI and never locally (see the closing notes).
                throw new AssertionError(flaw + " on " + route + ": no answer from the gateway", e);
            }
            assertThat(response.status()).as(flaw + " on " + route).isEqualTo(401);
            assertThat(response.contentType()).as(flaw).startsWith("application/problem+json");
            assertThat(response.text("type")).as(flaw).isEqualTo("urn:ascend:problem:unauthenticated");
            // type, title, status, detail, instance, correlationId: no data
            assertThat(response.body().size()).as("no data for " + flaw).isEqualTo(6);
            assertThat(response.text("correlationId")).as(flaw).isEqualTo(response.header("X-Correlation-Id"));
        }));
        assertThat(lastPath.get()).as("nothing was routed").isNull();
    }

    @Test
    void oneClientFarOverItsAllowanceIsSlowedWhileAnotherIsServed() {
        var greedy = new Http("http://127.0.0.1:" + port)
                .withToken(TestIdentity.token("analyst", claims -> claims.subject("greedy-" + java.util.UUID.randomUUID())));
        var polite = new Http("http://127.0.0.1:" + port)
                .withToken(TestIdentity.token("analyst", claims -> claims.subject("polite-" + java.util.UUID.randomUUID())));

        Http.Response limited = null;
        for (int i = 0; i < 60 && limited == null; i++) {
            var response = greedy.get("/api/recruitment/schemes");
            if (response.status() == 429) {
                limited = response;
            }
        }

        assertThat(limited).as("60 rapid calls against a burst of 20 at 5/s").isNotNull();
        assertThat(limited.header("Retry-After")).isEqualTo("1");
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.text("type")).isEqualTo("urn:ascend:problem:rate-limited");
        assertThat(polite.get("/api/recruitment/schemes").status()).isEqualTo(200);
    }

    @Test
    void callsWithoutATokenAreRateLimitedByAddressBeforeSecurity() throws InterruptedException {
        var anonymous = new Http("http://127.0.0.1:" + port);
        Http.Response limited = null;
        for (int i = 0; i < 60 && limited == null; i++) {
            var response = anonymous.get("/api/recruitment/schemes");
            assertThat(response.status()).isIn(401, 429);
            if (response.status() == 429) {
                limited = response;
            }
        }
        assertThat(limited).as("60 rapid anonymous calls against a burst of 20 at 5/s").isNotNull();
        assertThat(limited.header("Retry-After")).isEqualTo("1");
        assertThat(limited.text("type")).isEqualTo("urn:ascend:problem:rate-limited");
        Thread.sleep(5000); // let this address's bucket refill: other tests here call anonymously too
    }

    @Test
    void browsersMayCallOnlyFromConfiguredWebOrigins() {
        var anonymous = new Http("http://127.0.0.1:" + port);
        var allowed = anonymous.send("OPTIONS", "/api/recruitment/schemes", Map.of("Origin", "http://127.0.0.1:5173",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization,idempotency-key"));
        var refused = anonymous.send("OPTIONS", "/api/recruitment/schemes", Map.of("Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST"));

        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("http://127.0.0.1:5173");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void responsesCarrySecurityHeaders() {
        var response = http.get("/api/recruitment/schemes");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.header("Cache-Control")).contains("no-store");
    }

    @Test
    void theApiDocsAreBehindABrowserSignIn() {
        var browser = new Http("http://127.0.0.1:" + port);
        for (String page : java.util.List.of("/swagger-ui.html", "/v3/api-docs/swagger-config", "/docs/recruitment")) {
            var response = browser.get(page, Map.of("Accept", "text/html"));
            assertThat(response.status()).as(page).isEqualTo(302);
            assertThat(response.header("Location")).as(page).endsWith("/oauth2/authorization/ascend");
        }
        var toProvider = browser.get("/oauth2/authorization/ascend", Map.of("Accept", "text/html"));
        assertThat(toProvider.status()).isEqualTo(302);
        assertThat(toProvider.header("Location")).startsWith(TestIdentity.ISSUER + "/oauth2/authorize?")
                .contains("client_id=ascend-web", "code_challenge=", "code_challenge_method=S256");
        // A bearer token is no way into the docs pages; the API is no way in with a session (see the other tests).
        assertThat(http.get("/docs/recruitment", Map.of("Accept", "text/html")).status()).isEqualTo(302);
    }

    private static HttpServer startRecruitmentStandIn() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                lastPath.set(exchange.getRequestURI().getPath());
                lastCorrelationId.set(exchange.getRequestHeaders().getFirst("X-Correlation-Id"));
                lastTraceparent.set(exchange.getRequestHeaders().getFirst("traceparent"));
                exchange.getRequestBody().readAllBytes();
                byte[] body = "{\"routed\":\"yes\"}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.getResponseHeaders().set("X-Correlation-Id", lastCorrelationId.get()); // services echo it too
                exchange.getResponseHeaders().set("Connection", "close"); // no stale pooled connections in tests
                exchange.sendResponseHeaders("POST".equals(exchange.getRequestMethod()) ? 201 : 200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
