package org.ascend.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Clients and people of the local identity provider:
 * <ul>
 * <li>{@code ascend-web}: browser clients, authorization code + PKCE, no secret;</li>
 * <li>{@code regional-system}: regional systems, client credentials;</li>
 * <li>{@code assessment-service}: the assessment service fetching anonymised packs from recruitment,
 * client credentials, role {@code service};</li>
 * <li>{@code demo-<user>}: one client-credentials client per demo user, so {@code ./ascend token <role>}
 * gets that user's token without a browser. Local stack only.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    static final String DEMO_CLIENT_PREFIX = "demo-";
    static final String REGIONAL_SYSTEM = "regional-system";
    static final String ASSESSMENT_SERVICE = "assessment-service";
    private static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(30);

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService demoUsers(PasswordEncoder encoder) {
        var users = new InMemoryUserDetailsManager();
        // One hash of the shared demo password: a bcrypt per user cost seconds of every start for the same answer.
        String demoPassword = encoder.encode("demo");
        for (DemoUser user : DemoUsers.ALL) {
            users.createUser(User.withUsername(user.username()).password(demoPassword)
                    .roles(user.roles().toArray(String[]::new)).build());
        }
        return users;
    }

    @Bean
    RegisteredClientRepository clients(PasswordEncoder encoder,
            @Value("${ascend.identity.web-redirect-uris}") List<String> webRedirectUris,
            @Value("${ascend.identity.web-post-logout-uris}") List<String> webPostLogoutUris,
            @Value("${ascend.identity.demo-client-secret}") String demoSecret,
            @Value("${ascend.identity.regional-system-secret}") String regionalSecret,
            @Value("${ascend.identity.assessment-service-secret}") String assessmentSecret) {
        TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(ACCESS_TOKEN_LIFETIME).build();
        List<RegisteredClient> clients = new ArrayList<>();
        clients.add(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId("ascend-web")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(uris -> uris.addAll(webRedirectUris))
                .postLogoutRedirectUris(uris -> uris.addAll(webPostLogoutUris))
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(tokens)
                .build());
        clients.add(machineClient(REGIONAL_SYSTEM, encoder.encode(regionalSecret), tokens));
        clients.add(machineClient(ASSESSMENT_SERVICE, encoder.encode(assessmentSecret), tokens));
        String demoClientSecret = encoder.encode(demoSecret);
        return new DemoClients(new InMemoryRegisteredClientRepository(clients), clientId -> machineClient(clientId, clientId,
                // The demo secret is public by design; hashing it for numbered applicants would only make each
                // benchmark token cost a bcrypt.
                DemoUsers.NUMBERED_APPLICANT.matcher(clientId.substring(DEMO_CLIENT_PREFIX.length())).matches()
                        ? "{noop}" + demoSecret : demoClientSecret, tokens));
    }

    /** A client-credentials client: a system, or a demo user's CLI stand-in. */
    private static RegisteredClient machineClient(String clientId, String encodedSecret, TokenSettings tokens) {
        return machineClient(UUID.randomUUID().toString(), clientId, encodedSecret, tokens);
    }

    private static RegisteredClient machineClient(String id, String clientId, String encodedSecret, TokenSettings tokens) {
        return RegisteredClient.withId(id)
                .clientId(clientId)
                .clientSecret(encodedSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenSettings(tokens)
                .build();
    }
}
