package org.ascend.gateway.config;

import org.ascend.gateway.web.Problems;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * Tokens are validated at the door (signature with the issuer's keys, RS256, issuer, audience, expiry)
 * and refused before anything is routed; services validate them again. Only health is open.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurity {

    /** Browsers may call the API only from the configured web origins. */
    @Bean
    CorsConfigurationSource corsConfigurationSource(
            @Value("${ascend.gateway.cors.allowed-origins}") List<String> allowedOrigins) {
        var cors = new CorsConfiguration();
        cors.setAllowedOrigins(allowedOrigins);
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Idempotency-Key", "X-Correlation-Id", "traceparent"));
        cors.setExposedHeaders(List.of("X-Correlation-Id", "Location", "Retry-After", "Idempotent-Replayed"));
        cors.setMaxAge(3600L);
        var source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }

    @Bean
    SecurityWebFilterChain gatewaySecurityChain(ServerHttpSecurity http) {
        ServerAuthenticationEntryPoint unauthenticated = (exchange, error) -> {
            exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
            return Problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
                    "Send a valid access token as 'Authorization: Bearer <token>' (locally: ./ascend token <role>).");
        };
        ServerAccessDeniedHandler forbidden = (exchange, error) -> Problems.write(exchange, HttpStatus.FORBIDDEN,
                "forbidden", "Not allowed", "Your role does not allow this.");
        return http
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health/**", "/actuator/info", "/fallback/**").permitAll()
                        .anyExchange().authenticated())
                .oauth2ResourceServer(server -> server.jwt(jwt -> { }).authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden))
                .cors(Customizer.withDefaults())
                // An API of JSON: nothing to frame, embed, or leak through the referrer.
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .csrf(ServerHttpSecurity.CsrfSpec::disable) // bearer tokens only: no cookies to forge
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .build();
    }
}
