package org.ascend.gateway.config;

import org.ascend.gateway.web.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Token-bucket rate limits per user in Redis (shared by every gateway instance). Over the limit, the
 * caller gets 429 problem+json with {@code Retry-After}, which the stock filter does not give.
 * Redis being down lets requests through (the limiter fails open) rather than stopping the platform.
 */
@Configuration(proxyBeanMethods = false)
class RateLimiting {

    @Bean
    RedisRateLimiter redisRateLimiter(@Value("${ascend.gateway.rate.per-second:50}") int perSecond,
            @Value("${ascend.gateway.rate.burst:100}") int burst) {
        return new RedisRateLimiter(perSecond, burst);
    }

    @Bean
    GlobalFilter rateLimitFilter(RedisRateLimiter limiter, KeyResolver clientKeyResolver,
            @Value("${ascend.gateway.rate.per-second:50}") int perSecond) {
        return new RateLimitFilter(limiter, clientKeyResolver, perSecond);
    }

    static final class RateLimitFilter implements GlobalFilter, Ordered {

        private final RedisRateLimiter limiter;
        private final KeyResolver keys;
        private final int perSecond;

        RateLimitFilter(RedisRateLimiter limiter, KeyResolver keys, int perSecond) {
            this.limiter = limiter;
            this.keys = keys;
            this.perSecond = perSecond;
        }

        @Override
        public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
            return keys.resolve(exchange)
                    .flatMap(key -> limiter.isAllowed("api", key))
                    .flatMap(decision -> {
                        decision.getHeaders().forEach(exchange.getResponse().getHeaders()::set);
                        if (decision.isAllowed()) {
                            return chain.filter(exchange);
                        }
                        exchange.getResponse().getHeaders().set("Retry-After", "1");
                        return Problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                                "You have sent more than " + perSecond + " requests a second. Wait for Retry-After "
                                        + "seconds, then try again.");
                    });
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE + 2; // after correlation id and body size
        }
    }
}
