package org.ascend.platform.test.badinput;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;
import org.ascend.platform.test.Http;
import org.ascend.platform.test.TestIdentity;

import tools.jackson.databind.JsonNode;

/**
 * The bad-input suite (docs/reliability.md): hostile requests generated from a service's own OpenAPI document, sent
 * to the running service. Every answer must be below 500 and every error a problem+json; after each batch in which
 * the service accepted no write, its database's checksum must be what it was. Reproducible: the same seed sends the
 * same requests.
 */
public final class BadInputSuite {

    private static final int BATCH = 25;

    /** What the suite found: counts by kind and status, and each failure in words. */
    public record Findings(int sent, Map<String, Map<Integer, Integer>> byKind, List<String> failures, int batchesChecked,
            List<String> acceptedWrites) {

        public String table(String service) {
            var table = new StringBuilder("\nBad-input suite, " + service + ": " + sent + " hostile requests, "
                    + batchesChecked + " batches with the database checksum compared\n\n| kind | sent | answers |\n|---|---|---|\n");
            byKind.forEach((kind, statuses) -> table.append("| ").append(kind).append(" | ")
                    .append(statuses.values().stream().mapToInt(Integer::intValue).sum()).append(" | ")
                    .append(statuses.entrySet().stream().map(e -> e.getKey() + "×" + e.getValue())
                            .reduce((a, b) -> a + ", " + b).orElse("")).append(" |\n"));
            table.append("\nWrites accepted (a hostile value the API takes as valid; such a batch skips the checksum): ")
                    .append(acceptedWrites.size()).append('\n');
            acceptedWrites.stream().limit(10).forEach(write -> table.append("- ").append(write).append('\n'));
            table.append("\nFailures: ").append(failures.isEmpty() ? "none" : failures.size()).append('\n');
            failures.stream().limit(20).forEach(failure -> table.append("- ").append(failure).append('\n'));
            return table.toString();
        }
    }

    private final Http service;
    private final Supplier<String> checksum;

    /** {@code checksum}: a digest of the service's own tables (not its audit, outbox or job tables). */
    public BadInputSuite(Http service, Supplier<String> checksum) {
        this.service = service;
        this.checksum = checksum;
    }

    /** Sends {@code count} hostile requests made from the service's /v3/api-docs, chosen by {@code seed}. */
    public Findings run(int count, long seed) {
        JsonNode document = service.get("/v3/api-docs").body();
        var generator = new HostileRequests(document, "programme-manager");
        List<Arbitrary<HostileRequest>> perOperation = ApiOperation.all(document).stream().map(generator::of).toList();
        settle();
        JqwikSession.start(String.valueOf(seed)); // jqwik's generators outside a property: one seeded session
        try {
            var requests = Arbitraries.oneOf(perOperation).generator(1000);
            Random random = JqwikSession.getRandom().orElseThrow();
            return send(count, () -> requests.next(random).value());
        } finally {
            JqwikSession.finish();
        }
    }

    private Findings send(int count, Supplier<HostileRequest> requests) {
        Map<String, Map<Integer, Integer>> byKind = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        int checked = 0;
        for (int sent = 0; sent < count; sent += BATCH) {
            String before = checksum.get();
            boolean acceptedAWrite = false;
            for (int i = sent; i < Math.min(count, sent + BATCH); i++) {
                HostileRequest request = requests.get();
                Http.Response response = send(request);
                byKind.computeIfAbsent(request.kind(), k -> new TreeMap<>()).merge(response.status(), 1, Integer::sum);
                if (request.write() && response.status() < 300) {
                    acceptedAWrite = true;
                    accepted.add(response.status() + " for " + describe(request));
                }
                if (response.status() >= 500) {
                    failures.add(response.status() + " for " + describe(request) + ": " + response.body());
                } else if (response.status() >= 400 && !response.contentType().startsWith("application/problem+json")) {
                    failures.add("not problem+json (" + response.contentType() + ") for " + describe(request));
                }
            }
            if (acceptedAWrite) {
                settle(); // an accepted write may go on in the background (a rebuild): let it finish before the next batch
            } else {
                checked++;
                if (!before.equals(checksum.get())) {
                    failures.add("the database changed during a batch in which every write was refused (requests "
                            + sent + "-" + (sent + BATCH - 1) + ")");
                }
            }
        }
        return new Findings(count, byKind, failures, checked, accepted);
    }

    /** Waits until earlier work (events still being applied or sent) has stopped changing the database. */
    private void settle() {
        String previous = checksum.get();
        for (int tries = 0; tries < 240; tries++) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            String now = checksum.get();
            if (now.equals(previous)) {
                return;
            }
            previous = now;
        }
        throw new IllegalStateException("The database kept changing for 2 minutes: nothing stable to compare with");
    }

    private Http.Response send(HostileRequest request) {
        Http caller = request.role() == null ? service
                : service.withToken(request.role().equals("forged")
                        ? TestIdentity.sign(new com.nimbusds.jose.JWSHeader.Builder(com.nimbusds.jose.JWSAlgorithm.RS256)
                                .keyID("forged-key").build(), new com.nimbusds.jwt.JWTClaimsSet.Builder().subject("mallory")
                                .issuer(TestIdentity.ISSUER).audience("ascend").claim("roles", List.of("platform-admin"))
                                .expirationTime(new java.util.Date(System.currentTimeMillis() + 600_000)).build(),
                                TestIdentity.otherKey("forged-key"))
                        : TestIdentity.token(request.role()));
        HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
        return caller.send(request.method(), request.path(), request.headers(), body);
    }

    private static String describe(HostileRequest request) {
        String path = request.path().length() > 120 ? request.path().substring(0, 120) + "..." : request.path();
        return request.kind() + " " + request.method() + " " + path + " as " + request.role();
    }
}
