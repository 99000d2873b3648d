package org.ascend.local.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ascend.local.infra.Postgres.Durability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local PostgreSQL as {@code ./ascend up} starts it: a commit it acknowledges is on disk (fsync and
 * synchronous_commit on), unless the fast mode for tests was asked for by name.
 */
class PostgresDurabilityTest {

    /**
     * A new user's first {@code ./ascend up}: the binaries are unpacked before the server starts. The starter JVM ran
     * out of heap doing so (64 MB) on every machine where nothing had unpacked them before.
     */
    @Test
    void startsWhereItsBinariesWereNeverUnpacked() throws Exception {
        Path dir = Files.createTempDirectory("ascend-postgres-first-start");
        String before = System.getProperty(Postgres.BINARIES_PROPERTY);
        System.setProperty(Postgres.BINARIES_PROPERTY, dir.resolve("binaries").toString());
        try (Postgres postgres = Postgres.start(dir.resolve("data"), freePort(), dir.resolve("postgres.log"), List.of("probe"),
                Durability.FAST_UNSAFE); var connection = DriverManager.getConnection(postgres.jdbcUrl("probe"), Postgres.USER,
                Postgres.PASSWORD)) {
            assertThat(connection.isValid(5)).isTrue();
            assertThat(dir.resolve("binaries")).as("unpacked where asked").isNotEmptyDirectory();
        } finally {
            if (before == null) {
                System.clearProperty(Postgres.BINARIES_PROPERTY);
            } else {
                System.setProperty(Postgres.BINARIES_PROPERTY, before);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Durability.class)
    void commitsReachTheDiskUnlessFastUnsafeWasChosen(Durability durability) throws Exception {
        Path dir = Files.createTempDirectory("ascend-postgres-durability");
        int port = freePort();
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

    private static int freePort() throws java.io.IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
