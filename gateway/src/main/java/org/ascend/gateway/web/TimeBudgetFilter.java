package org.ascend.gateway.web;

import org.ascend.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Tells the service how long it has (docs/reliability.md, "Deadlines"): the gateway's time limit less a margin for
 * the answer's trip back. The service commits nothing after that, so a call the gateway has given up on changes
 * nothing later. A budget sent by the caller is replaced: no client extends it.
 */
@Component
public class TimeBudgetFilter implements GlobalFilter, Ordered {

    public static final String HEADER = "Ascend-Time-Budget-Ms";
    private static final long MARGIN_MILLIS = 2_000;

    private final String budget;

    public TimeBudgetFilter(GatewayProperties properties) {
        this.budget = String.valueOf(Math.max(1_000, properties.timeLimit().toMillis() - MARGIN_MILLIS));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        var request = exchange.getRequest().mutate().headers(headers -> headers.set(HEADER, budget)).build();
        return chain.filter(exchange.mutate().request(request).build());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
