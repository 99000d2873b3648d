package org.ascend.gateway.fallback;

import java.util.Map;

import org.ascend.gateway.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/** Where a route's circuit breaker sends a call its service could not answer. */
@RestController
class FallbackController {

    @RequestMapping("/fallback/{service}")
    ResponseEntity<Map<String, Object>> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", "10")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.body(exchange, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                        "Service unavailable", "The " + service + " service did not answer. Nothing was changed by "
                                + "this gateway; try again in a few seconds."));
    }
}
