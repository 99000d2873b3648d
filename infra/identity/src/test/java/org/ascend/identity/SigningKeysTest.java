package org.ascend.identity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing keys outlive a restart, rotate after the period, and stay published one more period once retired. */
class SigningKeysTest {

    private static final Duration ROTATION = Duration.ofDays(90);
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path directory;

    @Test
    void aRestartSignsWithTheSameKey() throws Exception {
        RSAKey first = keysAt(START).signing();
        RSAKey afterRestart = keysAt(START.plus(Duration.ofDays(1))).signing();
        assertThat(afterRestart.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(afterRestart.toRSAPublicKey()).isEqualTo(first.toRSAPublicKey());
        try (var files = Files.list(directory)) {
            Path file = files.findFirst().orElseThrow();
            assertThat(Files.getPosixFilePermissions(file)).extracting(Object::toString)
                    .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
        }
    }

    @Test
    void aKeyRotatesAfterThePeriodAndTheRetiredOneIsPublishedOneMorePeriod() {
        RSAKey first = keysAt(START).signing();

        SigningKeys later = keysAt(START.plus(ROTATION).plusSeconds(1));
        RSAKey second = later.signing();
        assertThat(second.getKeyID()).isNotEqualTo(first.getKeyID());
        assertThat(later.jwkSet().getKeys()).extracting(key -> key.getKeyID())
                .as("tokens signed with the old key still verify").containsExactly(second.getKeyID(), first.getKeyID());
        assertThat(later.jwkSet().toPublicJWKSet().getKeys()).allMatch(key -> !key.isPrivate());

        SigningKeys muchLater = keysAt(START.plus(ROTATION.multipliedBy(2)).plusSeconds(2));
        assertThat(muchLater.jwkSet().getKeys()).extracting(key -> key.getKeyID())
                .doesNotContain(first.getKeyID()).contains(second.getKeyID());
    }

    private SigningKeys keysAt(Instant now) {
        return new SigningKeys(directory, ROTATION, Clock.fixed(now, ZoneOffset.UTC));
    }
}
