package org.ascend.gateway.fallback;

import java.net.ConnectException;
import java.util.Map;
import java.util.Set;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.ascend.gateway.web.Problems;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;

/**
 * Where a route's circuit breaker sends a call its service could not answer. It says only what the gateway knows
 * (docs/reliability.md, "Deadlines"): a call never sent (circuit open, connection refused) changed nothing; a call
 * that timed out or lost its connection after it was sent may have been applied, so a write is told how to find out.
 */
@RestController
class FallbackController {

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @RequestMapping("/fallback/{service}")
    ResponseEntity<Map<String, Object>> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        Throwable failure = exchange.getAttribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        if (neverSent(failure)) {
            return problem(exchange, HttpStatus.SERVICE_UNAVAILABLE, "10", "service-unavailable", "Service unavailable",
                    "The " + service + " service is not reachable, so your request was not sent to it and nothing "
                            + "was changed. Try again in a few seconds.");
        }
        String detail = READS.contains(exchange.getRequest().getMethod())
                ? "The " + service + " service did not answer in time. Try again in a few seconds."
                : "The " + service + " service did not answer in time, or its connection broke, after your request "
                        + "reached it, so whether it was applied is unknown. Send it again with the same "
                        + "Idempotency-Key: if it was applied, you get its result rather than a second copy.";
        return problem(exchange, HttpStatus.GATEWAY_TIMEOUT, "5", "service-did-not-answer", "No answer in time", detail);
    }

    private static boolean neverSent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CallNotPermittedException || cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    private static ResponseEntity<Map<String, Object>> problem(ServerWebExchange exchange, HttpStatus status,
            String retryAfter, String slug, String title, String detail) {
        return ResponseEntity.status(status).header("Retry-After", retryAfter)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.body(exchange, status, slug, title, detail));
    }
}
