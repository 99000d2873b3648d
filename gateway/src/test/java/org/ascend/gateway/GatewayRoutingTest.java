package org.ascend.gateway;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import java.time.Duration;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpServer;
import org.awaitility.Awaitility;
import org.ascend.platform.test.BadTokens;
import org.ascend.platform.test.Http;
import org.ascend.platform.test.TestIdentity;
import org.ascend.platform.test.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
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
    private static final AtomicReference<String> lastBody = new AtomicReference<>();
    private static final HttpServer recruitment = startRecruitmentStandIn();

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
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
    void continuesAValidTraceAndStartsOneWhenThereIsNone() {
        String incoming = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        http.get("/api/recruitment/schemes", Map.of("traceparent", incoming));
        // Same trace; the parent is now the gateway's own span.
        assertThat(lastTraceparent.get()).matches("00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01").isNotEqualTo(incoming);

        http.get("/api/recruitment/schemes", Map.of("traceparent", "garbage"));
        assertThat(lastTraceparent.get()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01").isNotEqualTo(incoming);
    }

    @Test
    void servesHealthAndMetricsOnItsManagementPortOnly() {
        http.get("/api/recruitment/schemes");
        var management = new Http("http://127.0.0.1:" + managementPort);
        assertThat(management.get("/actuator/health/readiness").status()).isEqualTo(200);
        var metrics = management.send("GET", "/actuator/prometheus", Map.of("Accept", "text/plain"));
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body().asString()).contains("application=\"gateway\"").contains("spring_cloud_gateway_requests_seconds_bucket");
        assertThat(http.get("/actuator/prometheus").status()).as("not on the public port").isIn(401, 404);
        assertThat(http.get("/actuator/health").status()).isIn(401, 404);
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
                // Failed tokens count against this address (burst 20 here): wait out a 429 as any client would.
                response = Http.honouringRateLimits(() -> anonymous.get(route,
                        authorization == null ? Map.of() : Map.of("Authorization", authorization)));
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
    void callsWithoutATokenAreRateLimitedByAddressBeforeSecurity() {
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
        awaitAddressBucketRefilled();
    }

    @Test
    void aFloodOfGarbageTokensFromOneAddressMeets429s() {
        var forger = new Http("http://127.0.0.1:" + port).withToken("garbage.token.value");
        int limited = 0;
        for (int i = 0; i < 60; i++) {
            var response = forger.get("/api/recruitment/schemes");
            assertThat(response.status()).isIn(401, 429);
            assertThat(response.contentType()).startsWith("application/problem+json");
            limited += response.status() == 429 ? 1 : 0;
        }
        assertThat(limited).as("60 failed tokens against a burst of 20 at 5/s").isPositive();
        // A valid token from the same address is a different bucket (its user's), so it is still served.
        assertThat(http.get("/api/recruitment/schemes").status()).isEqualTo(200);
        awaitAddressBucketRefilled();
    }

    @Test
    void forgedTokensWithUnknownKeyIdsFetchTheIssuersKeysAtMostOncePerInterval() {
        int before = TestIdentity.jwksFetches();
        for (int i = 0; i < 100; i++) {
            String forged = TestIdentity.sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("forged-" + i).build(),
                    new JWTClaimsSet.Builder().issuer(TestIdentity.ISSUER).subject("x").audience("ascend")
                            .expirationTime(new java.util.Date(System.currentTimeMillis() + 60_000)).build(),
                    TestIdentity.otherKey("forged-" + i));
            var response = Http.honouringRateLimits(() -> new Http("http://127.0.0.1:" + port).withToken(forged)
                    .get("/api/recruitment/schemes"));
            assertThat(response.status()).isEqualTo(401);
        }
        assertThat(TestIdentity.jwksFetches() - before).as("key fetches for 100 unknown key ids").isLessThanOrEqualTo(2);
        assertThat(http.get("/api/recruitment/schemes").status()).as("valid tokens still pass").isEqualTo(200);
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedBeforeRouting() {
        lastPath.set(null);
        byte[] body = ("{\"name\":\"" + "x".repeat(300 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        var response = http.send("POST", "/api/recruitment/schemes", Map.of("Content-Type", "application/json"),
                Http.chunked(body));

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.text("type")).isEqualTo("urn:ascend:problem:body-too-large");
        assertThat(lastPath.get()).isNull();
    }

    @Test
    void aChunkedBodyUnderTheLimitIsForwardedWithItsLength() {
        byte[] body = "{\"name\":\"chunked\"}".getBytes(StandardCharsets.UTF_8);
        var response = http.send("POST", "/api/recruitment/schemes", Map.of("Content-Type", "application/json"),
                Http.chunked(body));

        assertThat(response.status()).isEqualTo(201);
        assertThat(lastBody.get()).isEqualTo("{\"name\":\"chunked\"}");
    }

    @Test
    void requestsRefusedBeforeSpringStillGetProblemBodies() {
        var cases = Map.of(
                "/api/recruitment/schemes?q=" + "a".repeat(9000), 414,
                "/api/recruitment/schemes%2Fx", 400,
                "/api/recruitment/schemes/%00", 400,
                "/api/recruitment/./schemes/%2e%2e/x", 400);
        cases.forEach((path, status) -> {
            var response = http.get(path);
            assertThat(response.status()).as(path).isEqualTo(status);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
            assertThat(response.text("detail")).as(path).isNotBlank();
        });
        var trace = http.send("TRACE", "/api/recruitment/schemes", Map.of());
        assertThat(trace.status()).isEqualTo(400);
        assertThat(trace.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theApiDocsTellAPlainClientToUseABrowserAndCarryACsp() {
        var response = new Http("http://127.0.0.1:" + port).get("/swagger-ui.html");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("detail")).contains("browser");
        assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'");
    }

    /** Other tests here call anonymously too: wait until this address is served again. */
    private void awaitAddressBucketRefilled() {
        var anonymous = new Http("http://127.0.0.1:" + port);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> anonymous.get("/api/recruitment/schemes").header("X-RateLimit-Remaining"),
                        remaining -> remaining != null && Integer.parseInt(remaining) >= 15);
    }

    @Test
    void browsersMayCallOnlyFromConfiguredWebOrigins() {
        var anonymous = new Http("http://127.0.0.1:" + port);
        var allowed = anonymous.send("OPTIONS", "/api/recruitment/schemes", Map.of("Origin", "http://127.0.0.1:5173",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization,idempotency-key"));
        var refused = anonymous.send("OPTIONS", "/api/recruitment/schemes", Map.of("Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST"));
        assertThat(refused.contentType()).startsWith("application/problem+json");

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
                lastBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
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
