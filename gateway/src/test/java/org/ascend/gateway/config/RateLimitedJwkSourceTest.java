package org.ascend.gateway.config;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway's key source, with time moved by hand: an unknown key id costs at most one fetch per interval. */
class RateLimitedJwkSourceTest {

    private static final Duration INTERVAL = Duration.ofSeconds(10);

    private final RSAKey known = key("known");
    private final AtomicInteger fetches = new AtomicInteger();
    private final MovableClock clock = new MovableClock();
    private JWKSet published = new JWKSet(known.toPublicJWK());
    private final Supplier<Mono<JWKSet>> issuer = () -> Mono.fromSupplier(() -> {
        fetches.incrementAndGet();
        return published;
    });

    @Test
    void aKnownKeyIsServedFromTheCache() {
        var source = new RateLimitedJwkSource(issuer, INTERVAL, clock);

        for (int i = 0; i < 50; i++) {
            assertThat(source.apply(jwt("known")).collectList().block()).hasSize(1);
        }
        assertThat(fetches).hasValue(1);
    }

    @Test
    void unknownKeyIdsFetchAtMostOncePerInterval() {
        var source = new RateLimitedJwkSource(issuer, INTERVAL, clock);
        source.apply(jwt("known")).blockLast();

        clock.move(INTERVAL.plusSeconds(1));
        for (int i = 0; i < 100; i++) {
            assertThat(source.apply(jwt("forged-" + i)).collectList().block()).isEmpty();
        }
        assertThat(fetches).as("one for the cache, one for the first unknown id").hasValue(2);

        clock.move(INTERVAL.plusSeconds(1));
        source.apply(jwt("forged-again")).blockLast();
        assertThat(fetches).hasValue(3);
    }

    @Test
    void aRotatedKeyIsFoundOnTheNextFetchAllowed() {
        var source = new RateLimitedJwkSource(issuer, INTERVAL, clock);
        source.apply(jwt("known")).blockLast();
        RSAKey rotated = key("rotated");
        published = new JWKSet(rotated.toPublicJWK());

        assertThat(source.apply(jwt("rotated")).collectList().block()).as("within the interval: refused").isEmpty();
        clock.move(INTERVAL.plusSeconds(1));
        assertThat(source.apply(jwt("rotated")).collectList().block()).hasSize(1);
    }

    @Test
    void aFailedFetchCountsAsAFetch() {
        AtomicInteger attempts = new AtomicInteger();
        var source = new RateLimitedJwkSource(() -> Mono.defer(() -> {
            attempts.incrementAndGet();
            return Mono.error(new IllegalStateException("issuer down"));
        }), INTERVAL, clock);

        for (int i = 0; i < 20; i++) {
            assertThat(source.apply(jwt("known")).collectList().block()).isEmpty();
        }
        assertThat(attempts).as("an unreachable issuer is not hammered").hasValue(1);
    }

    private static SignedJWT jwt(String keyId) {
        return new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(), new JWTClaimsSet.Builder().build());
    }

    private static RSAKey key(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
