package org.ascend.identity;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Signing keys that outlive a restart and rotate (docs/identity.md), in place of a key made afresh at every start. */
@Configuration(proxyBeanMethods = false)
class SigningKeysConfiguration {

    @Bean
    SigningKeys signingKeys(@Value("${ascend.identity.keys-dir}") Path directory,
            @Value("${ascend.identity.key-rotation:P90D}") Duration rotation) {
        return new SigningKeys(directory, rotation, Clock.systemUTC());
    }

    /** Publishes every key still valid; which one signs is chosen by the token's kid (AscendClaims sets it). */
    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeys keys) {
        return (selector, context) -> selector.select(keys.jwkSet());
    }
}
