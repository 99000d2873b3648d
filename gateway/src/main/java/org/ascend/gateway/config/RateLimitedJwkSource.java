package org.ascend.gateway.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The issuer's signing keys, cached, and fetched again for a key id the cache does not know at most
 * once per {@code minInterval}. Spring's own remote key source refetches for every unknown {@code kid},
 * so each forged token sent the gateway to the identity provider: unauthenticated amplification
 * (docs/adr/0007-gateway-hardening.md). Concurrent callers share one fetch; a failed fetch counts as
 * a fetch, so an unreachable issuer is not hammered either.
 */
final class RateLimitedJwkSource implements Function<SignedJWT, Flux<JWK>> {

    private static final Logger log = LoggerFactory.getLogger(RateLimitedJwkSource.class);

    private final Supplier<Mono<JWKSet>> fetch;
    private final Duration minInterval;
    private final Clock clock;
    private Mono<JWKSet> keys; // guarded by this
    private Instant lastFetch = Instant.MIN; // guarded by this

    RateLimitedJwkSource(Supplier<Mono<JWKSet>> fetch, Duration minInterval, Clock clock) {
        this.fetch = fetch;
        this.minInterval = minInterval;
        this.clock = clock;
    }

    @Override
    public Flux<JWK> apply(SignedJWT jwt) {
        var selector = new JWKSelector(JWKMatcher.forJWSHeader(jwt.getHeader()));
        Mono<JWKSet> cached = cached();
        return cached.flatMapMany(set -> {
            List<JWK> matches = selector.select(set);
            if (!matches.isEmpty()) {
                return Flux.fromIterable(matches);
            }
            return refreshedSince(cached).flatMapIterable(selector::select);
        });
    }

    private synchronized Mono<JWKSet> cached() {
        return keys != null ? keys : refresh();
    }

    /** Fresh keys unless one fetch already ran within the interval (then none: the token is refused). */
    private synchronized Mono<JWKSet> refreshedSince(Mono<JWKSet> seen) {
        if (keys != seen) {
            return keys; // another caller refreshed meanwhile
        }
        if (clock.instant().isBefore(lastFetch.plus(minInterval))) {
            return Mono.empty();
        }
        return refresh();
    }

    private Mono<JWKSet> refresh() {
        lastFetch = clock.instant();
        log.info("Fetching the issuer's signing keys"); // rare by design: each one is worth seeing
        keys = fetch.get()
                .onErrorResume(error -> {
                    log.warn("Could not fetch the issuer's signing keys: {}", error.toString());
                    return Mono.just(new JWKSet());
                })
                .cache();
        return keys;
    }
}
