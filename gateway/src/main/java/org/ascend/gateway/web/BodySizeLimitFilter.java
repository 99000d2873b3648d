package org.ascend.gateway.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Refuses oversized bodies at the door with problem+json, before anything is routed. */
@Component
class BodySizeLimitFilter implements GlobalFilter, Ordered {

    private final long maxBytes;

    BodySizeLimitFilter(@Value("${ascend.gateway.max-body-size:256KB}") DataSize maxBodySize) {
        this.maxBytes = maxBodySize.toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        long length = exchange.getRequest().getHeaders().getContentLength();
        if (length > maxBytes) {
            return Problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "Request body too large",
                    "The body is " + length + " bytes; the limit is " + maxBytes + ". Send a smaller request.");
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
