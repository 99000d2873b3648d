package org.ascend.assessment.client;

import feign.RequestInterceptor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * Calls to other services carry this service's own token (client credentials, role {@code service}),
 * never the assessor's: recruitment serves packs to services only. Tokens are cached until they expire.
 */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(basePackageClasses = RecruitmentClient.class)
@EnableConfigurationProperties(RecruitmentCallProperties.class)
class ClientConfiguration {

    static final String REGISTRATION = "recruitment";

    @Bean
    OAuth2AuthorizedClientManager serviceTokens(ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientService clients) {
        var manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, clients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
        return manager;
    }

    /** Before the platform's token relay, which then leaves this token in place. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RequestInterceptor serviceToken(OAuth2AuthorizedClientManager tokens) {
        return template -> {
            var client = tokens.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(REGISTRATION)
                    .principal("assessment-service").build());
            if (client != null) {
                template.header("Authorization", "Bearer " + client.getAccessToken().getTokenValue());
            }
        };
    }
}
