package org.ascend.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * What Ascend's services read from an access token: {@code sub}, {@code roles}, and where it applies
 * {@code region} (NHS England region code), {@code organisation} (ODS code) and {@code email};
 * audience {@code ascend}.
 */
@Configuration(proxyBeanMethods = false)
class AscendClaims {

    static final String AUDIENCE = "ascend";

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> ascendTokenClaims(SigningKeys keys) {
        return context -> {
            // Several keys are published while one retires: the kid picks the one that signs now.
            context.getJwsHeader().keyId(keys.signing().getKeyID());
            Optional<DemoUser> user = personBehind(context);
            boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
            user.ifPresent(person -> {
                context.getClaims().subject(person.username()).claim("name", person.displayName())
                        .claim("email", person.email());
                if (accessToken) {
                    context.getClaims().claim("roles", person.roles());
                    if (person.region() != null) {
                        context.getClaims().claim("region", person.region());
                    }
                    if (person.organisation() != null) {
                        context.getClaims().claim("organisation", person.organisation());
                    }
                }
            });
            String clientId = context.getRegisteredClient().getClientId();
            if (accessToken && user.isEmpty() && AuthorizationServerConfiguration.REGIONAL_SYSTEM.equals(clientId)) {
                context.getClaims().claim("roles", List.of("regional-system"));
            }
            if (accessToken && user.isEmpty() && AuthorizationServerConfiguration.ASSESSMENT_SERVICE.equals(clientId)) {
                context.getClaims().claim("roles", List.of("service"));
            }
            if (accessToken) {
                context.getClaims().audience(List.of(AUDIENCE));
            }
        };
    }

    /** The signed-in person, or for a demo CLI client the demo user it stands for. */
    private static Optional<DemoUser> personBehind(JwtEncodingContext context) {
        String clientId = context.getRegisteredClient().getClientId();
        if (clientId.startsWith(AuthorizationServerConfiguration.DEMO_CLIENT_PREFIX)) {
            return DemoUsers.find(clientId.substring(AuthorizationServerConfiguration.DEMO_CLIENT_PREFIX.length()));
        }
        if (context.getPrincipal() != null && !clientId.equals(AuthorizationServerConfiguration.REGIONAL_SYSTEM)
                && !clientId.equals(AuthorizationServerConfiguration.ASSESSMENT_SERVICE)) {
            return DemoUsers.find(context.getPrincipal().getName());
        }
        return Optional.empty();
    }
}
