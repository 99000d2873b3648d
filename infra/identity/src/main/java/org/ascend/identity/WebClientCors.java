package org.ascend.identity;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * The web console signs in from the browser (authorization code + PKCE): it reads the discovery document and
 * exchanges the code at the token endpoint from its own origin, so those endpoints answer the web origins' CORS
 * requests. Ahead of Spring Security, whose chain would refuse a preflight for want of a client's credentials.
 * The sign-in pages themselves are navigations, not CORS requests.
 */
@Configuration(proxyBeanMethods = false)
class WebClientCors {

    @Bean
    FilterRegistrationBean<CorsFilter> webClientCorsFilter(@Value("${ascend.identity.web-origins}") List<String> origins) {
        var cors = new CorsConfiguration();
        cors.setAllowedOrigins(origins);
        cors.setAllowedMethods(List.of("GET", "POST"));
        cors.setAllowedHeaders(List.of("Content-Type", "Authorization"));
        cors.setMaxAge(3600L);
        var source = new UrlBasedCorsConfigurationSource();
        for (String endpoint : List.of("/.well-known/**", "/oauth2/token", "/oauth2/jwks", "/oauth2/revoke", "/userinfo")) {
            source.registerCorsConfiguration(endpoint, cors);
        }
        var registration = new FilterRegistrationBean<>(new CorsFilter(source));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
