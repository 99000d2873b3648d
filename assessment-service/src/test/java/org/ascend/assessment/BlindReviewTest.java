package org.ascend.assessment;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.ascend.assessment.client.RecruitmentResilience;
import org.awaitility.Awaitility;
import org.ascend.platform.test.Http;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import static org.ascend.assessment.AssessmentTestSupport.addPool;
import static org.ascend.assessment.AssessmentTestSupport.allocate;
import static org.ascend.assessment.AssessmentTestSupport.assessor;
import static org.ascend.assessment.AssessmentTestSupport.panel;
import static org.ascend.assessment.AssessmentTestSupport.siftStage;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5, item 5: packs come from recruitment through the guarded Feign client with this service's own
 * token; with recruitment down an assessor still opens a pack fetched before (stale), gets a clear 503
 * for one never fetched, and the circuit opens, fails fast, and recovers.
 */
class BlindReviewTest extends ServiceIntegrationTest {

    /** Recruitment's pack endpoint, standing in: UP, DOWN (500) or SLOW (beyond the time limit). */
    enum Mode { UP, DOWN, SLOW }

    private static final AtomicReference<Mode> mode = new AtomicReference<>(Mode.UP);
    private static final AtomicInteger calls = new AtomicInteger();
    private static final AtomicReference<String> lastAuthorization = new AtomicReference<>();
    private static final HttpServer recruitment = standIn();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecruitmentResilience resilience;

    @DynamicPropertySource
    static void recruitmentStandIn(DynamicPropertyRegistry registry) {
        registry.add("ascend.recruitment.url", () -> "http://127.0.0.1:" + recruitment.getAddress().getPort());
        registry.add("ascend.resilience.recruitment.timeout", () -> "1s");
        registry.add("ascend.resilience.recruitment.window-size", () -> "4");
        registry.add("ascend.resilience.recruitment.open-for", () -> "2s");
    }

    @AfterAll
    static void stopStandIn() {
        recruitment.stop(0);
    }

    @Test
    void packsAreServedStaleWhenRecruitmentIsDownAndTheCircuitOpensAndRecovers() {
        Http manager = as("programme-manager");
        addPool(anonymous, manager, "blind", "RW", 2);
        String intakeId = UUID.randomUUID().toString();
        siftStage(manager, intakeId, 2);
        String fetched = UUID.randomUUID().toString();
        String neverFetched = UUID.randomUUID().toString();
        allocate(jdbc, manager, intakeId, List.of(fetched, neverFetched));
        JsonNode onFetched = allocationFor(manager, intakeId, fetched);
        JsonNode onNeverFetched = allocationFor(manager, intakeId, neverFetched);

        mode.set(Mode.UP);
        var fresh = open(onFetched);
        assertThat(fresh.status()).as(fresh.body().toString()).isEqualTo(200);
        assertThat(fresh.body().path("stale").asBoolean()).isFalse();
        assertThat(fresh.body().path("pack").path("band").asString()).isEqualTo("8c");
        assertThat(payloadOf(lastAuthorization.get()).path("roles").toString())
                .as("recruitment is called with this service's own token").contains("service");

        mode.set(Mode.DOWN);
        var stale = open(onFetched);
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body().path("stale").asBoolean()).isTrue();
        assertThat(stale.text("note")).contains("may be out of date");
        var unavailable = open(onNeverFetched);
        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(unavailable.contentType()).startsWith("application/problem+json");
        assertThat(unavailable.text("type")).isEqualTo("urn:ascend:problem:recruitment-unavailable");

        Awaitility.await("the circuit opens").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .until(() -> {
            open(onNeverFetched);
            return resilience.state();
        }, state -> state == CircuitBreaker.State.OPEN);
        int before = calls.get();
        assertThat(open(onNeverFetched).status()).isEqualTo(503);
        assertThat(calls.get()).as("an open circuit does not call recruitment").isEqualTo(before);

        mode.set(Mode.UP);
        var recovered = Awaitility.await("the circuit half-opens and recovers").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .until(() -> open(onNeverFetched), r -> r.status() == 200);
        assertThat(recovered.body().path("stale").asBoolean()).isFalse();
        assertThat(resilience.state()).isEqualTo(CircuitBreaker.State.CLOSED);

        mode.set(Mode.SLOW);
        assertThat(open(onFetched).body().path("stale").asBoolean()).as("a call beyond the time limit is a failure").isTrue();
        mode.set(Mode.UP);
    }

    @Test
    void erasureDeletesTheCachedPackSoItCanNeverBeServedAgain() {
        Http manager = as("programme-manager");
        addPool(anonymous, manager, "erasure", "RV", 2);
        String intakeId = UUID.randomUUID().toString();
        siftStage(manager, intakeId, 2);
        String applicationId = UUID.randomUUID().toString();
        allocate(jdbc, manager, intakeId, List.of(applicationId));
        JsonNode allocation = allocationFor(manager, intakeId, applicationId);
        mode.set(Mode.UP);
        assertThat(open(allocation).status()).isEqualTo(200);
        assertThat(cachedPacks(applicationId)).as("fetched once, kept for when recruitment is down").isEqualTo(1);

        AssessmentTestSupport.erase(applicationId);

        Awaitility.await("the cached pack deleted").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> cachedPacks(applicationId), n -> n == 0);
        mode.set(Mode.DOWN);
        var afterErasure = open(allocation);
        mode.set(Mode.UP);
        assertThat(afterErasure.status()).as("no stale copy of an erased applicant").isIn(404, 409);
        assertThat(afterErasure.contentType()).startsWith("application/problem+json");
    }

    private long cachedPacks(String applicationId) {
        return jdbc.sql("SELECT count(*) FROM pack_cache WHERE application_id = CAST(:id AS uuid)").param("id", applicationId)
                .query(Long.class).single();
    }

    private Http.Response open(JsonNode allocation) {
        return assessor(anonymous, allocation.path("assessor").asString())
                .get("/api/assessment/allocations/" + allocation.path("id").asString() + "/pack");
    }

    private static JsonNode allocationFor(Http manager, String intakeId, String applicationId) {
        return panel(manager, intakeId).stream().filter(a -> a.path("applicationId").asString().equals(applicationId))
                .findFirst().orElseThrow();
    }

    private static JsonNode payloadOf(String authorization) {
        String jwt = authorization.substring("Bearer ".length());
        return tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private static HttpServer standIn() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/recruitment/applications/", exchange -> {
                calls.incrementAndGet();
                lastAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
                Mode now = mode.get();
                if (now == Mode.SLOW) {
                    sleep(2500);
                }
                String id = exchange.getRequestURI().getPath().split("/")[4];
                byte[] body = (now == Mode.DOWN ? "{\"title\":\"down\"}"
                        : "{\"applicationId\":\"" + id + "\",\"band\":\"8c\",\"answers\":[]}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.getResponseHeaders().set("Connection", "close");
                exchange.sendResponseHeaders(now == Mode.DOWN ? 500 : 200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return server;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
