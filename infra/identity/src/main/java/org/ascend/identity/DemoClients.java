package org.ascend.identity;

import java.util.function.Function;

import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * The registered clients, plus a demo CLI client ({@code demo-<username>}) for every demo user, made when first asked
 * for: a submission benchmark needs thousands of distinct {@code bench-applicant-<n>}, the demo data a hundred or more
 * {@code demo-applicant-<n>}, and registering them up front would slow every start (Spring Authorization Server
 * also wants each registered client's hashed secret to differ, so each would cost a bcrypt at start). The client's
 * id is its client id, so look-ups by either agree.
 */
final class DemoClients implements RegisteredClientRepository {

    private final RegisteredClientRepository registered;
    private final Function<String, RegisteredClient> demoClient;

    DemoClients(RegisteredClientRepository registered, Function<String, RegisteredClient> demoClient) {
        this.registered = registered;
        this.demoClient = demoClient;
    }

    @Override
    public void save(RegisteredClient client) {
        registered.save(client);
    }

    @Override
    public RegisteredClient findById(String id) {
        RegisteredClient found = registered.findById(id);
        return found != null ? found : demo(id);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        RegisteredClient found = registered.findByClientId(clientId);
        return found != null ? found : demo(clientId);
    }

    private RegisteredClient demo(String clientId) {
        boolean isDemo = clientId.startsWith(AuthorizationServerConfiguration.DEMO_CLIENT_PREFIX)
                && DemoUsers.find(clientId.substring(AuthorizationServerConfiguration.DEMO_CLIENT_PREFIX.length())).isPresent();
        return isDemo ? demoClient.apply(clientId) : null;
    }
}
