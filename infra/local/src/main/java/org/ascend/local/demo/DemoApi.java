package org.ascend.local.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.ascend.local.DemoTokens;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's API through the gateway, as one signed-in demo user: JSON in and out, waiting out a 429 as a
 * polite client does. A status other than the expected ones stops the demo with what the platform said.
 */
final class DemoApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, String> TOKENS = new HashMap<>();

    private final String gateway;
    private final String user;

    private DemoApi(String gateway, String user) {
        this.gateway = gateway;
        this.user = user;
    }

    /** The user's access token is fetched once (30 minutes is longer than the demo takes). */
    static DemoApi as(String gateway, String user) {
        synchronized (TOKENS) {
            TOKENS.computeIfAbsent(user, u -> {
                try {
                    return DemoTokens.fetch(u);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while signing in " + u, e);
                }
            });
        }
        return new DemoApi(gateway, user);
    }

    JsonNode get(String path) {
        return call("GET", path, null, Set.of(200)).body();
    }

    JsonNode post(String path, Object body) {
        return call("POST", path, body, Set.of(200, 201, 204)).body();
    }

    JsonNode put(String path, Object body) {
        return call("PUT", path, body, Set.of(200)).body();
    }

    /** For calls whose refusal is an expected answer (e.g. 409 "already there"). */
    Response call(String method, String path, Object body, Set<Integer> expected) {
        for (int attempt = 0; ; attempt++) {
            Response response = send(method, path, body);
            if (response.status() == 429 && attempt < 20) {
                sleep(response.retryAfterSeconds() * 1000L);
                continue;
            }
            if (!expected.contains(response.status())) {
                throw new IllegalStateException(method + " " + path + " as " + user + " answered " + response.status() + ": "
                        + response.body());
            }
            return response;
        }
    }

    record Response(int status, JsonNode body, long retryAfterSeconds) {
    }

    private Response send(String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + TOKENS.get(user)).header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        }
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode json = response.body().length == 0 ? JSON.nullNode() : JSON.readTree(response.body());
            long retryAfter = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
            return new Response(response.statusCode(), json, retryAfter);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage()
                    + ". Is the gateway up? See ./ascend status.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** Polls until the value satisfies the condition (events travel through Kafka), or stops the demo saying what it waited for. */
    static <T> T await(String what, Duration timeout, java.util.function.Supplier<T> value, java.util.function.Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = value.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Waited " + timeout.toSeconds() + " s for " + what + "; last seen: " + last);
            }
            sleep(250);
            last = value.get();
        }
        return last;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
