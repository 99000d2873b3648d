package org.ascend.local;

import java.nio.file.Path;
import java.util.Map;

/** One platform process the launcher runs: its jar, port, database and environment. */
record ServiceSpec(String name, int port, String database, Map<String, String> environment) {

    Path jar(Path repository) {
        return repository.resolve(name).resolve("target").resolve(name + ".jar");
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    String healthUrl() {
        return url() + "/actuator/health/readiness";
    }
}
