package org.ascend.gateway.console;

import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * The console's pages and files are open to anyone (they hold nothing personal: every datum comes from the API,
 * with the signed-in person's token). Its policy is strict: scripts and styles only from here, no inline code,
 * calls only to here and the identity provider, no framing, no referrer.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self' %1$s; form-action 'self' %1$s; frame-ancestors 'none'; "
            + "base-uri 'none'; object-src 'none'";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    SecurityWebFilterChain consoleChain(ServerHttpSecurity http,
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer) {
        String[] paths = Stream.concat(ConsolePages.PAGES.stream(), ConsolePages.PUBLIC.stream()).toArray(String[]::new);
        return http
                // HEAD as well: it gets GET's headers, so it must get the console's policy too
                .securityMatcher(ServerWebExchangeMatchers.matchers(ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, paths),
                        ServerWebExchangeMatchers.pathMatchers(HttpMethod.HEAD, paths)))
                .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(POLICY.formatted(issuer)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .csrf(ServerHttpSecurity.CsrfSpec::disable) // reads only
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .build();
    }
}
