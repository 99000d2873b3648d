package org.ascend.local;

import java.nio.file.Path;

/**
 * Where the local stack keeps things: everything under one folder ({@code .ascend/} in the
 * repository unless {@code ASCEND_HOME} says otherwise), so one flag can wipe it.
 */
record LocalLayout(Path repository, Path home) {

    static LocalLayout fromEnvironment() {
        Path repository = Path.of(System.getProperty("ascend.repository", ".")).toAbsolutePath().normalize();
        String home = System.getenv("ASCEND_HOME");
        return new LocalLayout(repository, home == null || home.isBlank()
                ? repository.resolve(".ascend") : Path.of(home).toAbsolutePath());
    }

    Path data() {
        return home.resolve("data");
    }

    /** Start-up caches made from the built jars (docs/performance.md): not data, so a wipe keeps them. */
    Path aot() {
        return home.resolve("aot");
    }

    Path logs() {
        return home.resolve("logs");
    }

    Path log(String name) {
        return logs().resolve(name + ".log");
    }

    /** The local broker's SASL users and passwords (owner-readable only). */
    Path kafkaUsersFile() {
        return data().resolve("kafka-users.properties");
    }

    Path pidFile() {
        return home.resolve("launcher.pid");
    }

    Path stateFile() {
        return home.resolve("state.properties");
    }
}
