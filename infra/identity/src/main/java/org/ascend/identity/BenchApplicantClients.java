package org.ascend.identity;

import java.util.function.Function;

import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * The registered clients, plus a demo CLI client for every {@code bench-applicant-<n>} and
 * {@code demo-applicant-<n>} made when first asked for: a submission benchmark needs thousands of distinct
 * applicants, the demo data a hundred or more, and registering them all up front would slow every start. The client's id is its client id, so look-ups by either agree.
 */
final class BenchApplicantClients implements RegisteredClientRepository {

    private final RegisteredClientRepository registered;
    private final Function<String, RegisteredClient> benchClient;

    BenchApplicantClients(RegisteredClientRepository registered, Function<String, RegisteredClient> benchClient) {
        this.registered = registered;
        this.benchClient = benchClient;
    }

    @Override
    public void save(RegisteredClient client) {
        registered.save(client);
    }

    @Override
    public RegisteredClient findById(String id) {
        RegisteredClient found = registered.findById(id);
        return found != null ? found : bench(id);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        RegisteredClient found = registered.findByClientId(clientId);
        return found != null ? found : bench(clientId);
    }

    private RegisteredClient bench(String clientId) {
        boolean isBench = clientId.startsWith(AuthorizationServerConfiguration.DEMO_CLIENT_PREFIX)
                && DemoUsers.NUMBERED_APPLICANT.matcher(clientId.substring(AuthorizationServerConfiguration.DEMO_CLIENT_PREFIX.length())).matches();
        return isBench ? benchClient.apply(clientId) : null;
    }
}
