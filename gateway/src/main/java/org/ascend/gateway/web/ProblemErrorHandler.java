package org.ascend.gateway.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/** Any error at the gateway (no route, bad request, failure) leaves as problem+json, never a stack trace. */
@Component
@Order(-2)
class ProblemErrorHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        if (error instanceof ResponseStatusException status) {
            HttpStatusCode code = status.getStatusCode();
            String detail = code.value() == 404
                    ? "No API lives at this path. Paths start with /api/recruitment, /api/assessment, /api/cohorts or /api/reporting."
                    : status.getReason() != null ? status.getReason() : "The request could not be handled.";
            return Problems.write(exchange, code, "http-" + code.value(), HttpStatus.valueOf(code.value()).getReasonPhrase(), detail);
        }
        log.error("Unhandled gateway error", error);
        return Problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Unexpected error",
                "Something went wrong at the gateway. Try again; if it persists, report the correlation id.");
    }
}
