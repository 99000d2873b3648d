package org.ascend.gateway.config;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A verified token is checked once a minute at most; an expired or refused one is never served from memory. */
class VerifiedTokensTest {

    private final AtomicInteger verifications = new AtomicInteger();
    private final MovableClock clock = new MovableClock();
    private final ReactiveJwtDecoder verifier = token -> {
        verifications.incrementAndGet();
        if (token.startsWith("forged")) {
            return Mono.error(new BadJwtException("bad signature"));
        }
        return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("someone")
                .issuedAt(clock.instant()).expiresAt(clock.instant().plus(Duration.ofMinutes(token.startsWith("short") ? 0 : 5)).plusSeconds(30)).build());
    };
    private final VerifiedTokens tokens = new VerifiedTokens(verifier, clock);

    @Test
    void aTokenIsVerifiedOnceAMinuteAtMost() {
        tokens.decode("good").block();
        tokens.decode("good").block();
        clock.move(Duration.ofSeconds(59));
        tokens.decode("good").block();
        assertThat(verifications).hasValue(1);

        clock.move(Duration.ofSeconds(2));
        tokens.decode("good").block();
        assertThat(verifications).as("checked again after a minute").hasValue(2);
    }

    @Test
    void anExpiredTokenIsNeverServedFromMemory() {
        tokens.decode("short-lived").block(); // expires in 30 s
        clock.move(Duration.ofSeconds(31));
        tokens.decode("short-lived").block();
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aRefusedTokenIsRefusedEachTime() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> tokens.decode("forged-1").block()).isInstanceOf(BadJwtException.class);
        }
        assertThat(verifications).hasValue(2);
    }
}
