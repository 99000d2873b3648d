package org.ascend.gateway.config;

import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/** Rate limits count per user (the token's subject), and per client address for anonymous calls. */
@Configuration(proxyBeanMethods = false)
class RateLimitKeys {

    @Bean
    KeyResolver clientKeyResolver(ClientAddress clientAddress) {
        return exchange -> exchange.getPrincipal().map(principal -> "user:" + principal.getName())
                .switchIfEmpty(Mono.fromSupplier(() -> "ip:" + clientAddress.of(exchange)));
    }
}
