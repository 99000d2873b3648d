package org.ascend.gateway.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers access tokens already verified (signature, issuer, audience, expiry), so a client's next calls skip the
 * RSA check that cost about a tenth of the gateway's CPU per request (docs/performance.md). Only the exact token
 * string is remembered, only until its expiry and at most {@link #KEPT_FOR}: a signing key withdrawn from the issuer's
 * key set stops its tokens here within that minute. Refused tokens are never remembered.
 */
final class VerifiedTokens implements ReactiveJwtDecoder {

    static final Duration KEPT_FOR = Duration.ofMinutes(1);

    private final ReactiveJwtDecoder verifier;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    VerifiedTokens(ReactiveJwtDecoder verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
        this.verified = Caffeine.newBuilder().maximumSize(50_000).ticker(() -> clock.millis() * 1_000_000)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> keptFor(jwt))).build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = verified.getIfPresent(token);
        if (known != null && known.getExpiresAt() != null && clock.instant().isBefore(known.getExpiresAt())) {
            return Mono.just(known);
        }
        return verifier.decode(token).doOnNext(jwt -> verified.put(token, jwt));
    }

    private Duration keptFor(Jwt jwt) {
        Instant expires = jwt.getExpiresAt();
        Duration untilExpiry = expires == null ? Duration.ZERO : Duration.between(clock.instant(), expires);
        return untilExpiry.compareTo(KEPT_FOR) < 0 ? untilExpiry.isNegative() ? Duration.ZERO : untilExpiry : KEPT_FOR;
    }
}
