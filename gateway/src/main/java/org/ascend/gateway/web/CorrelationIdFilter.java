package org.ascend.gateway.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request a correlation id (the caller's if it is safe, else a new one) and a W3C
 * {@code traceparent} (the caller's if valid, else a new one), passes both to the service and returns
 * the correlation id, so one id follows a request through logs and into Kafka events.
 */
@Component
@Order(-300) // before rate limits (-200) and security (-100): refusals carry the ids too
public class CorrelationIdFilter implements WebFilter {

    public static final String HEADER = "X-Correlation-Id";
    public static final String ATTRIBUTE = "ascend.correlationId";
    public static final String TRACEPARENT = "traceparent";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern VALID_TRACEPARENT = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String incoming = exchange.getRequest().getHeaders().getFirst(HEADER);
        String id = incoming != null && SAFE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
        exchange.getAttributes().put(ATTRIBUTE, id);
        // Set just before the response leaves, replacing the copy the service echoed back.
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(HEADER, id);
            return Mono.empty();
        });
        String incomingTrace = exchange.getRequest().getHeaders().getFirst(TRACEPARENT);
        String traceparent = incomingTrace != null && VALID_TRACEPARENT.matcher(incomingTrace).matches()
                ? incomingTrace : newTraceparent();
        var request = exchange.getRequest().mutate().headers(headers -> {
            headers.set(HEADER, id);
            headers.set(TRACEPARENT, traceparent);
        }).build();
        return chain.filter(exchange.mutate().request(request).build());
    }

    /** A new W3C trace context: version 00, random trace and parent ids, sampled. */
    private static String newTraceparent() {
        byte[] trace = new byte[16];
        byte[] parent = new byte[8];
        RANDOM.nextBytes(trace);
        RANDOM.nextBytes(parent);
        return "00-" + HexFormat.of().formatHex(trace) + "-" + HexFormat.of().formatHex(parent) + "-01";
    }
}
