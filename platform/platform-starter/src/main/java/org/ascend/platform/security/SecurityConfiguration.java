package org.ascend.platform.security;

import java.time.Duration;

import org.ascend.platform.audit.AuditInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.JwkSetUriJwtDecoderBuilderCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every service is a resource server (docs/architecture.md: no trust by network position). Tokens are checked
 * for signature (RS256, the issuer's published keys), issuer, audience {@code ascend} and expiry;
 * endpoints then check roles ({@code @PreAuthorize}) and services check objects ({@link Caller}).
 * Only health and API docs are open.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper json, UnauthenticatedAudit audit) throws Exception {
        var tokens = new JwtAuthenticationConverter();
        tokens.setJwtGrantedAuthoritiesConverter(new RolesClaim());
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/v3/api-docs/**",
                                "/swagger-ui/**",
                                "/swagger-ui.html", "/error").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
                        .authenticationEntryPoint(ProblemSecurityResponses.unauthenticated(json, audit))
                        .accessDeniedHandler(ProblemSecurityResponses.forbidden(json)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(ProblemSecurityResponses.unauthenticated(json, audit))
                        .accessDeniedHandler(ProblemSecurityResponses.forbidden(json)))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable); // bearer tokens, no cookies: nothing to forge
        return http.build();
    }

    /** After the audit interceptor, so a refusal here is audited like any other. */
    @Bean
    WebMvcConfigurer rolesBeforeBinding() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new RolesBeforeBinding()).order(Ordered.LOWEST_PRECEDENCE);
            }
        };
    }

    /**
     * Fetching the issuer's signing keys has time limits: an issuer that accepts connections but never
     * answers must not hold requests (the token is refused instead). Keys are cached, so fetches are rare.
     */
    @Bean
    JwkSetUriJwtDecoderBuilderCustomizer jwksWithTimeouts() {
        var requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(2));
        requests.setReadTimeout(Duration.ofSeconds(5));
        var client = new RestTemplate(requests);
        return builder -> builder.restOperations(client);
    }

    /** Only in services that call others through Feign (they bring Feign themselves). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "feign.RequestInterceptor")
    static class FeignCalls {

        @Bean
        TokenRelay tokenRelay() {
            return new TokenRelay();
        }
    }

    @Bean
    UnauthenticatedAudit unauthenticatedAudit(
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> handlers,
            ObjectProvider<AuditInterceptor> audit) {
        return new UnauthenticatedAudit(handlers, audit);
    }
}
