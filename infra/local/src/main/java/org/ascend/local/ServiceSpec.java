package org.ascend.local;

import java.nio.file.Path;
import java.util.Map;

/** One platform process the launcher runs: its module (where its jar is built), port, database and environment. */
record ServiceSpec(String name, String module, int port, String database, Map<String, String> environment) {

    Path jar(Path repository) {
        return repository.resolve(module).resolve("target").resolve(name + ".jar");
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * Readiness: actuator for our services (the gateway's on its management port); the public OIDC discovery document
     * for the identity provider.
     */
    String healthUrl() {
        return switch (name) {
            case "identity" -> url() + "/.well-known/openid-configuration";
            case "gateway" -> "http://127.0.0.1:" + LocalPorts.GATEWAY_MANAGEMENT + "/actuator/health/readiness";
            default -> url() + "/actuator/health/readiness";
        };
    }
}
