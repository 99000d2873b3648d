package org.ascend.gateway.config;

import org.ascend.gateway.web.Problems;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import java.util.function.Function;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

/**
 * Token-bucket rate limits in Redis (shared by every gateway instance): per user for calls with a
 * token (after it is validated), per client address for calls without one (before security, so a
 * flood of unauthenticated calls is slowed too) and for calls whose token fails validation (counted
 * in the same address bucket as the token is refused). Over the limit: 429 problem+json with
 * {@code Retry-After}, which the stock filter does not give. Redis being down lets requests through
 * (the limiter fails open) rather than stopping the platform.
 */
@Configuration(proxyBeanMethods = false)
class RateLimiting {

    @Bean
    RedisRateLimiter redisRateLimiter(GatewayProperties gateway) {
        return new RedisRateLimiter(gateway.rate().perSecond(), gateway.rate().burst());
    }

    @Bean
    RateLimit rateLimit(RedisRateLimiter limiter, GatewayProperties gateway) {
        return new RateLimit(limiter, gateway.rate().perSecond());
    }

    /** Users with a validated token, keyed by subject: runs after security, among the gateway filters. */
    @Bean
    GlobalFilter userRateLimitFilter(RateLimit rateLimit, KeyResolver clientKeyResolver) {
        return new GlobalFilterAt(Ordered.HIGHEST_PRECEDENCE + 2, (exchange, chain) ->
                clientKeyResolver.resolve(exchange).flatMap(key -> rateLimit.apply(exchange, key, chain::filter)));
    }

    /** Calls without credentials, keyed by client address: runs before security (order -100). */
    @Bean
    @Order(-200)
    WebFilter anonymousRateLimitFilter(RateLimit rateLimit, ClientAddress clientAddress) {
        return (exchange, chain) -> {
            if (exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION) != null) {
                return chain.filter(exchange);
            }
            return rateLimit.apply(exchange, addressKey(clientAddress, exchange), chain::filter);
        };
    }

    /**
     * The bucket of calls that prove no identity: no token, or a token that failed validation (counted
     * when it fails, by {@link GatewaySecurity}). A forged token is no way around the address limit.
     */
    static String addressKey(ClientAddress clientAddress, ServerWebExchange exchange) {
        return "anonymous:" + clientAddress.of(exchange);
    }

    /** One decision for both: consume a token or answer 429 with Retry-After. */
    static final class RateLimit {

        private final RedisRateLimiter limiter;
        private final int perSecond;

        RateLimit(RedisRateLimiter limiter, int perSecond) {
            this.limiter = limiter;
            this.perSecond = perSecond;
        }

        Mono<Void> apply(ServerWebExchange exchange, String key, Function<ServerWebExchange, Mono<Void>> next) {
            return limiter.isAllowed("api", key).flatMap(decision -> {
                decision.getHeaders().forEach(exchange.getResponse().getHeaders()::set);
                if (decision.isAllowed()) {
                    return next.apply(exchange);
                }
                exchange.getResponse().getHeaders().set("Retry-After", "1");
                return Problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                        "You have sent more than " + perSecond + " requests a second. Wait for Retry-After "
                                + "seconds, then try again.");
            });
        }
    }

    /** A gateway filter at a fixed place in the order. */
    record GlobalFilterAt(int order, GlobalFilter filter) implements GlobalFilter, Ordered {

        @Override
        public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
            return filter.filter(exchange, chain);
        }

        @Override
        public int getOrder() {
            return order;
        }
    }
}
