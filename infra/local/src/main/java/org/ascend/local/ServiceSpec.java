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

    /** Readiness: actuator for our services; the public OIDC discovery document for the identity provider. */
    String healthUrl() {
        return url() + (name.equals("identity") ? "/.well-known/openid-configuration" : "/actuator/health/readiness");
    }
}
