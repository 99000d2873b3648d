package org.ascend.gateway.config;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.nimbusds.jose.jwk.JWKSet;
import io.netty.channel.ChannelOption;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/**
 * How the gateway checks access tokens: RS256 signatures with the issuer's published keys (fetched
 * with time limits, on a fresh connection, and at most once per interval for an unknown key id),
 * then issuer, audience and expiry; a token verified once is remembered for a minute ({@link VerifiedTokens}).
 * Replaces Boot's decoder so the key source can be rate-limited.
 */
@Configuration(proxyBeanMethods = false)
class TokenValidation {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(5);

    @Bean
    ReactiveJwtDecoder jwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri}") String jwkSetUri,
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
            @Value("${spring.security.oauth2.resourceserver.jwt.audiences}") List<String> audiences,
            GatewayProperties gateway) {
        // A fresh connection per fetch: fetches are rare, and a pooled connection the issuer had closed once hung a request for 30 s.
        HttpClient http = HttpClient.newConnection()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) CONNECT_TIMEOUT.toMillis())
                .responseTimeout(RESPONSE_TIMEOUT);
        WebClient client = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
        var keys = new RateLimitedJwkSource(() -> client.get().uri(jwkSetUri).retrieve().bodyToMono(String.class)
                .map(TokenValidation::parse), gateway.keys().minRefetchInterval(), Clock.systemUTC());
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSource(keys)
                .jwsAlgorithm(SignatureAlgorithm.RS256).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        audience -> audience != null && audience.stream().anyMatch(audiences::contains))));
        return new VerifiedTokens(decoder, Clock.systemUTC());
    }

    private static JWKSet parse(String json) {
        try {
            return JWKSet.parse(json);
        } catch (java.text.ParseException e) {
            throw new IllegalStateException("The issuer's key set is not a JWKS", e);
        }
    }
}
