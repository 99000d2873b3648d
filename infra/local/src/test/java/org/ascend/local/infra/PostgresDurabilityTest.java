package org.ascend.local.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ascend.local.infra.Postgres.Durability;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local PostgreSQL as {@code ./ascend up} starts it: a commit it acknowledges is on disk (fsync and
 * synchronous_commit on), unless the fast mode for tests was asked for by name.
 */
class PostgresDurabilityTest {

    @ParameterizedTest
    @EnumSource(Durability.class)
    void commitsReachTheDiskUnlessFastUnsafeWasChosen(Durability durability) throws Exception {
        Path dir = Files.createTempDirectory("ascend-postgres-durability");
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        long server;
        try (Postgres postgres = Postgres.start(dir.resolve("data"), port, dir.resolve("postgres.log"), List.of("probe"), durability);
             var connection = DriverManager.getConnection(postgres.jdbcUrl("probe"), Postgres.USER, Postgres.PASSWORD)) {
            server = postgres.pid();
            Map<String, String> settings = new LinkedHashMap<>();
            for (String name : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                var rows = connection.createStatement().executeQuery("SHOW " + name);
                rows.next();
                settings.put(name, rows.getString(1));
            }
            String expected = durability == Durability.DURABLE ? "on" : "off";
            assertThat(settings).containsEntry("fsync", expected).containsEntry("synchronous_commit", expected)
                    .containsEntry("full_page_writes", "on");
        }
        // The server runs on its own (no JVM waits beside it): closing stops it, and nothing is left behind.
        assertThat(ProcessHandle.of(server).map(ProcessHandle::isAlive)).as("server process after close").isNotEqualTo(
                java.util.Optional.of(true));
        assertThat(Ports.listening(port)).as("port after close").isFalse();
    }
}
