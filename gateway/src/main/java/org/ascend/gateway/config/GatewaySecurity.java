package org.ascend.gateway.config;

import org.ascend.gateway.web.Problems;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.util.matcher.MediaTypeServerWebExchangeMatcher;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import reactor.core.publisher.Mono;

/**
 * Tokens are validated at the door (signature with the issuer's keys, RS256, issuer, audience, expiry)
 * and refused before anything is routed; services validate them again. Only health is open.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurity {

    /**
     * No spans for each of Spring Security's filters: they were a sixth of the gateway's tracing cost per request
     * (docs/performance.md). The filters all still run; a request's trace keeps the gateway's own server and client
     * spans, and the services' spans beneath them.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Browsers may call the API only from the configured web origins. */
    @Bean
    CorsConfigurationSource corsConfigurationSource(
            GatewayProperties gateway) {
        var cors = new CorsConfiguration();
        cors.setAllowedOrigins(gateway.cors().allowedOrigins());
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Idempotency-Key", "X-Correlation-Id", "traceparent"));
        cors.setExposedHeaders(List.of("X-Correlation-Id", "Location", "Retry-After", "Idempotent-Replayed"));
        cors.setMaxAge(3600L);
        var source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }

    /**
     * The aggregated API docs, for people: signed in through the browser (session), unlike the API.
     * A browser is sent to sign in; any other client gets a 401 problem that says where to go.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain apiDocsChain(ServerHttpSecurity http,
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer) {
        var browsers = new MediaTypeServerWebExchangeMatcher(MediaType.TEXT_HTML);
        browsers.setIgnoredMediaTypes(java.util.Set.of(MediaType.ALL));
        var toSignIn = new DelegatingServerAuthenticationEntryPoint(
                new DelegateEntry(browsers, new RedirectServerAuthenticationEntryPoint("/oauth2/authorization/ascend")));
        toSignIn.setDefaultEntryPoint((exchange, error) -> Problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthenticated",
                        "Sign in with a browser", "The API docs are pages for people: open /swagger-ui.html in a "
                                + "browser and sign in as a demo user. Programs read each service's OpenAPI document "
                                + "at <service>/v3/api-docs."));
        return http
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers("/swagger-ui.html", "/swagger-ui/**",
                        "/webjars/**", "/v3/api-docs/**", "/docs/**", "/oauth2/authorization/**", "/login/**"))
                .authorizeExchange(exchanges -> exchanges.anyExchange().authenticated())
                .oauth2Login(Customizer.withDefaults())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(toSignIn))
                .headers(headers -> securityHeaders(headers, issuer))
                .build();
    }

    @Bean
    SecurityWebFilterChain gatewaySecurityChain(ServerHttpSecurity http,
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
            RateLimiting.RateLimit rateLimit, ClientAddress clientAddress) {
        ServerAuthenticationEntryPoint unauthenticated = (exchange, error) -> {
            Mono<Void> refuse = Mono.defer(() -> {
                exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
                return Problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
                        "Send a valid access token as 'Authorization: Bearer <token>' (locally: ./ascend token <role>).");
            });
            if (exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION) == null) {
                return refuse; // already counted by address before security
            }
            // A token that failed validation counts against the caller's address, like no token at all.
            return rateLimit.apply(exchange, RateLimiting.addressKey(clientAddress, exchange), ignored -> refuse);
        };
        ServerAccessDeniedHandler forbidden = (exchange, error) -> Problems.write(exchange, HttpStatus.FORBIDDEN,
                "forbidden", "Not allowed", "Your role does not allow this.");
        return http
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/fallback/**").permitAll()
                        .anyExchange().authenticated())
                .oauth2ResourceServer(server -> server.jwt(jwt -> { }).authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden))
                .cors(Customizer.withDefaults())
                .headers(headers -> securityHeaders(headers, issuer))
                .csrf(ServerHttpSecurity.CsrfSpec::disable) // bearer tokens only: no cookies to forge
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .build();
    }

    /**
     * Nothing to frame or leak through the referrer; content only from here (the Swagger UI's scripts
     * and styles), and calls only to here and the identity provider (its sign-in).
     */
    private static void securityHeaders(ServerHttpSecurity.HeaderSpec headers, String issuer) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                        + "style-src 'self' 'unsafe-inline'; connect-src 'self' " + issuer
                        + "; frame-ancestors 'none'; form-action 'self' " + issuer))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER));
    }
}
