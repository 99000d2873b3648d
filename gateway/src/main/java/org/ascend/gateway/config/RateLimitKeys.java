package org.ascend.gateway.config;

import java.net.InetSocketAddress;
import java.util.Optional;

import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * Rate limits count per client address for now. Seam for issue 3: once JWTs are validated here,
 * key authenticated calls by user and keep the address for anonymous ones.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitKeys {

    @Bean
    KeyResolver clientKeyResolver() {
        return exchange -> Mono.just(Optional.ofNullable(exchange.getRequest().getRemoteAddress())
                .map(InetSocketAddress::getAddress).map(address -> "ip:" + address.getHostAddress())
                .orElse("ip:unknown"));
    }
}
