package org.ascend.gateway.config;

import org.ascend.gateway.web.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;

/**
 * Tokens are validated at the door (signature with the issuer's keys, RS256, issuer, audience, expiry)
 * and refused before anything is routed; services validate them again. Only health is open.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurity {

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
                .csrf(ServerHttpSecurity.CsrfSpec::disable) // bearer tokens only: no cookies to forge
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .build();
    }
}
