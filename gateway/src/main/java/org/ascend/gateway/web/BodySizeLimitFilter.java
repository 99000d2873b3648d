package org.ascend.gateway.web;

import java.util.Optional;

import org.ascend.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses oversized bodies at the door with problem+json, before anything is routed. A declared
 * length is checked at once; a body sent without one (chunked) is read up to the limit first and then
 * forwarded with its length, so no service ever receives part of an oversized body. The gateway's
 * stock RequestSize filter reads only Content-Length and refuses with an empty body, so it does not
 * fit (docs/adr/0007-gateway-hardening.md).
 */
@Component
class BodySizeLimitFilter implements GlobalFilter, Ordered {

    private final long maxBytes;

    BodySizeLimitFilter(GatewayProperties gateway) {
        this.maxBytes = gateway.maxBodySize().toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long length = request.getHeaders().getContentLength();
        if (length > maxBytes) {
            return tooLarge(exchange, "The body is " + length + " bytes; the limit is " + maxBytes + ".");
        }
        if (length >= 0 || !request.getHeaders().containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
            return chain.filter(exchange);
        }
        return DataBufferUtils.join(request.getBody(), (int) maxBytes)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(body -> chain.filter(exchange.mutate().request(withLength(request, body)).build()))
                .onErrorResume(DataBufferLimitException.class,
                        tooBig -> tooLarge(exchange, "The body is over the limit of " + maxBytes + " bytes."));
    }

    private static ServerHttpRequest withLength(ServerHttpRequest request, Optional<DataBuffer> body) {
        ServerHttpRequest measured = request.mutate().headers(headers -> {
            headers.remove(HttpHeaders.TRANSFER_ENCODING);
            headers.setContentLength(body.map(DataBuffer::readableByteCount).orElse(0));
        }).build();
        return new ServerHttpRequestDecorator(measured) {
            @Override
            public Flux<DataBuffer> getBody() {
                return Mono.justOrEmpty(body).flux();
            }
        };
    }

    private static Mono<Void> tooLarge(ServerWebExchange exchange, String size) {
        return Problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "Request body too large",
                size + " Send a smaller request.");
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
