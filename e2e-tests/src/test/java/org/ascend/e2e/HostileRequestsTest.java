package org.ascend.e2e;

import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import org.ascend.platform.test.BadTokens;
import org.ascend.platform.test.Http;
import org.ascend.platform.test.TestIdentity;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An attacker's sweep through the gateway over every published endpoint (the authorisation matrix's rows):
 * NUL characters, wildcard and wrong content types, long URIs, encoded path tricks, chunked oversized and
 * deeply nested bodies, and forged tokens. Every answer is a 4xx problem+json, never a 5xx, and nothing
 * changes. Then floods: garbage tokens from one address meet 429s, and forged key ids do not send the
 * gateway to the identity provider each time.
 */
@ExtendWith(LocalPlatform.Running.class)
class HostileRequestsTest {

    private static final Http gateway = new Http(LocalPlatform.GATEWAY);
    private static final Map<String, Http> callers = new HashMap<>();

    @BeforeAll
    static void signIn() {
        for (var row : AuthorizationMatrixTest.MATRIX) {
            row.allowed().forEach(role -> callers.computeIfAbsent(role, r -> gateway.withToken(LocalPlatform.token(r))));
        }
    }

    @Test
    void everyEndpointAnswersHostileInputWithA4xxProblemAndChangesNothing() {
        Http reader = callers.get("programme-manager");
        String before = reader.get("/api/recruitment/schemes").body().toString() + reader.get("/api/recruitment/intakes").body();
        List<String> failures = new ArrayList<>();
        byte[] oversized = ("{\"name\":\"" + "x".repeat(300 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        String nested = "[".repeat(5000) + "]".repeat(5000);
        int sent = 0;
        for (var row : AuthorizationMatrixTest.MATRIX) {
            if (row.allowed().isEmpty()) {
                continue;
            }
            Http http = callers.get(new java.util.TreeSet<>(row.allowed()).first());
            String path = row.path();
            String join = path.contains("?") ? "&" : "?";
            String pathOnly = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
            Map<String, Supplier<Http.Response>> attacks = new java.util.LinkedHashMap<>();
            attacks.put("NUL in the query", () -> http.send(row.method(), path + join + "q=a%00b", Map.of(), BodyPublishers.noBody()));
            attacks.put("a long URI", () -> http.send(row.method(), path + join + "pad=" + "a".repeat(9000), Map.of(), BodyPublishers.noBody()));
            attacks.put("an encoded slash", () -> http.send(row.method(), pathOnly + "%2Fx", Map.of(), BodyPublishers.noBody()));
            attacks.put("an encoded '..'", () -> http.send(row.method(), pathOnly + "/%2e%2e/%2e%2e/x", Map.of(), BodyPublishers.noBody()));
            attacks.put("an encoded NUL in the path", () -> http.send(row.method(), pathOnly + "%00", Map.of(), BodyPublishers.noBody()));
            attacks.put("a path parameter", () -> http.send(row.method(), pathOnly + ";jsessionid=x", Map.of(), BodyPublishers.noBody()));
            if (!row.method().equals("GET")) {
                attacks.put("NUL in the JSON body", () -> http.send(row.method(), path, json(),
                        BodyPublishers.ofString("{\"name\":\"a\\u0000b\",\"reason\":\"\\u0000\"}")));
                attacks.put("a wildcard content type", () -> http.send(row.method(), path, Map.of("Content-Type", "application/*"),
                        BodyPublishers.ofString("{}")));
                attacks.put("text/plain", () -> http.send(row.method(), path, Map.of("Content-Type", "text/plain"),
                        BodyPublishers.ofString("hello")));
                attacks.put("XML", () -> http.send(row.method(), path, Map.of("Content-Type", "application/xml"),
                        BodyPublishers.ofString("<a/>")));
                attacks.put("a chunked oversized body", () -> http.send(row.method(), path, json(), Http.chunked(oversized)));
            }
            if (row.body() instanceof Map<?, ?>) { // endpoints that read their body (the others ignore well-formed JSON)
                attacks.put("a deeply nested body", () -> http.send(row.method(), path, json(), BodyPublishers.ofString(nested)));
            }
            for (var attack : attacks.entrySet()) {
                var response = Http.honouringRateLimits(attack.getValue());
                sent++;
                String what = row.method() + " " + row.template() + " with " + attack.getKey();
                if (response.status() < 400 || response.status() >= 500) {
                    failures.add(what + ": " + response.status());
                } else if (!response.contentType().startsWith("application/problem+json") || !response.body().has("type")) {
                    failures.add(what + ": " + response.status() + " without a problem body (" + response.contentType() + ")");
                }
            }
            for (var token : BadTokens.all().entrySet()) {
                var response = Http.honouringRateLimits(() -> gateway.send(row.method(), path,
                        token.getValue() == null ? Map.of() : Map.of("Authorization", token.getValue()), BodyPublishers.noBody()));
                sent++;
                if (response.status() != 401 || !response.contentType().startsWith("application/problem+json")) {
                    failures.add(row.method() + " " + row.template() + " with " + token.getKey() + ": " + response.status());
                }
            }
        }
        assertThat(sent).as("hostile requests sent").isGreaterThan(1000);
        assertThat(failures).as("answers that were not a 4xx problem").isEmpty();
        String after = reader.get("/api/recruitment/schemes").body().toString() + reader.get("/api/recruitment/intakes").body();
        assertThat(after).as("hostile input changed nothing").isEqualTo(before);
    }

    @Test
    void threeHundredGarbageTokensFromOneAddressMeet429s() {
        // One client, all 300 in flight at once: the flood an attacker sends, not 300 polite calls.
        var client = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(LocalPlatform.GATEWAY + "/api/recruitment/schemes"))
                .header("Authorization", "Bearer garbage.token.value").timeout(Duration.ofSeconds(30)).GET().build();
        Instant began = Instant.now();
        List<java.util.concurrent.CompletableFuture<Integer>> sent = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            sent.add(client.sendAsync(request, java.net.http.HttpResponse.BodyHandlers.discarding())
                    .thenApply(java.net.http.HttpResponse::statusCode));
        }
        List<Integer> statuses = sent.stream().map(java.util.concurrent.CompletableFuture::join).toList();
        Duration took = Duration.between(began, Instant.now());

        assertThat(took).as("300 requests answered").isLessThan(Duration.ofSeconds(2));
        assertThat(statuses).containsOnly(401, 429).contains(429);
        awaitAddressServedAgain();
    }

    @Test
    void forgedKeyIdsFetchTheIdentityProvidersKeysAtMostOnceAnInterval() {
        long before = keyFetchesLogged();
        for (int i = 0; i < 100; i++) {
            String kid = "forged-" + i;
            String forged = TestIdentity.sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(),
                    new JWTClaimsSet.Builder().issuer("http://127.0.0.1:9000").subject("intruder").audience("ascend")
                            .expirationTime(Date.from(Instant.now().plusSeconds(300))).build(), TestIdentity.otherKey(kid));
            var response = Http.honouringRateLimits(() -> gateway.withToken(forged).get("/api/recruitment/schemes"));
            assertThat(response.status()).isEqualTo(401);
        }
        assertThat(keyFetchesLogged() - before).as("key fetches for 100 forged key ids").isLessThanOrEqualTo(3);
        assertThat(callers.get("programme-manager").get("/api/recruitment/schemes").status()).isEqualTo(200);
        awaitAddressServedAgain();
    }

    private static Map<String, String> json() {
        return Map.of("Content-Type", "application/json");
    }

    /** The gateway logs each fetch of the identity provider's keys. */
    private static long keyFetchesLogged() {
        try (var lines = Files.lines(Path.of("target", "ascend-home", "logs", "gateway.log"))) {
            return lines.filter(line -> line.contains("Fetching the issuer's signing keys")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Other classes call from this address too: wait until its anonymous bucket serves again. */
    private static void awaitAddressServedAgain() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> gateway.get("/api/recruitment/schemes").status() == 401);
    }
}
