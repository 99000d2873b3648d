package org.ascend.gateway.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import tools.jackson.databind.json.JsonMapper;

/** Writes RFC 9457 problem+json from the gateway, in the same shape as the services' problems. */
public final class Problems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    public static Map<String, Object> body(ServerWebExchange exchange, HttpStatusCode status, String slug,
            String title, String detail) {
        return body(status.value(), slug, title, detail, exchange.getRequest().getPath().value(),
                exchange.getAttribute(CorrelationIdFilter.ATTRIBUTE));
    }

    /** The body itself, also for answers written below Spring (no exchange): instance and correlation id optional. */
    static Map<String, Object> body(int status, String slug, String title, String detail, String instance,
            String correlationId) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", URI.create("urn:ascend:problem:" + slug).toString());
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        if (correlationId != null) {
            problem.put("correlationId", correlationId);
        }
        return problem;
    }

    static byte[] json(Map<String, Object> problem) {
        return JSON.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
    }

    public static Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String slug, String title,
            String detail) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] bytes = json(body(exchange, status, slug, title, detail));
        return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
    }
}
