package org.ascend.platform.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for API tests: any status comes back as a value, never as an exception. */
public final class Http {

    public record Response(int status, String contentType, Map<String, java.util.List<String>> headers, JsonNode body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .findFirst().map(e -> e.getValue().get(0)).orElse(null);
        }

        public String text(String field) {
            return body.path(field).asString();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final java.util.List<java.util.function.BiConsumer<HttpRequest, Response>> OBSERVERS =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Sees every request and its response from now on (e.g. to check each status met is documented). */
    public static void observe(java.util.function.BiConsumer<HttpRequest, Response> observer) {
        OBSERVERS.add(observer);
    }

    /** Calls again after each 429's Retry-After, as a well-behaved client does (at most 30 times). */
    public static Response honouringRateLimits(java.util.function.Supplier<Response> call) {
        Response response = call.get();
        for (int i = 0; i < 30 && response.status() == 429; i++) {
            try {
                Thread.sleep(1000L * Integer.parseInt(java.util.Objects.requireNonNullElse(response.header("Retry-After"), "1")));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            response = call.get();
        }
        return response;
    }
    /**
     * A fresh HTTP/1.1 client, so a fresh connection, per request: in two CI runs a call through the gateway
     * hung for 30 s, which fits the JDK 17 client reusing a pooled connection the server had just closed
     * (and an h2c upgrade attempt, which our servers do not do). Tests pay a few milliseconds a call.
     */
    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private final String baseUrl;
    private final String bearer;

    public Http(String baseUrl) {
        this(baseUrl, null);
    }

    private Http(String baseUrl, String bearer) {
        this.baseUrl = baseUrl;
        this.bearer = bearer;
    }

    /** The same client sending {@code Authorization: Bearer <token>} on every call. */
    public Http withToken(String token) {
        return new Http(baseUrl, token);
    }

    public Response get(String path) {
        return get(path, Map.of());
    }

    /** Any method without a body, e.g. a CORS preflight ({@code OPTIONS}). */
    public Response send(String method, String path, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).method(method, HttpRequest.BodyPublishers.noBody()),
                headers);
    }

    public Response get(String path, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), headers);
    }

    public Response post(String path, Object body) {
        return post(path, body, Map.of());
    }

    public Response put(String path, Object body) {
        String json = body instanceof String raw ? raw : JSON.writeValueAsString(body);
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), Map.of());
    }

    public Response post(String path, Object body, Map<String, String> headers) {
        String json = body instanceof String raw ? raw : JSON.writeValueAsString(body);
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), headers);
    }

    /** Any method with any body: for hostile-input tests (odd methods, content types, chunked bodies). */
    public Response send(String method, String path, Map<String, String> headers, HttpRequest.BodyPublisher body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).method(method, body), headers);
    }

    /** A GET whose body is not text (a PDF, say): the bytes as sent; an IllegalStateException unless 200. */
    public byte[] bytes(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<byte[]> response = client().send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                        + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A body sent without a length ({@code Transfer-Encoding: chunked}). */
    public static HttpRequest.BodyPublisher chunked(byte[] body) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body));
    }

    private Response send(HttpRequest.Builder builder, Map<String, String> headers) {
        if (bearer != null && !headers.containsKey("Authorization")) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        headers.forEach(builder::header);
        builder.timeout(Duration.ofSeconds(30));
        try {
            HttpRequest request = builder.build();
            HttpResponse<String> response = client().send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode node = body == null || body.isBlank() ? JSON.nullNode() : parseOrText(body);
            Response result = new Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.headers().map(), node);
            OBSERVERS.forEach(observer -> observer.accept(request, result));
            return result;
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parseOrText(String body) {
        try {
            return JSON.readTree(body);
        } catch (RuntimeException e) {
            return JSON.getNodeFactory().textNode(body);
        }
    }
}
