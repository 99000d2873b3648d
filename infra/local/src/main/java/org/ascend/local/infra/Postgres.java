package org.ascend.local.infra;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 server from the zonky binaries artifact, run in a JVM of its own so the
 * launcher decides when it stops (after the services). Data stays in {@code dataDir} between runs;
 * one database per service, owned by the application role.
 *
 * <p>Durable unless asked otherwise: zonky's defaults are a test database's ({@code fsync} and
 * {@code synchronous_commit} off), where a host crash loses acknowledged writes (docs/reliability.md).
 */
public final class Postgres implements AutoCloseable {

    public static final String USER = "ascend";
    public static final String PASSWORD = "ascend";

    private final Process process;
    private final int port;

    private Postgres(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** How the server treats a commit: flushed to disk before it is acknowledged, or not (tests only). */
    public enum Durability {
        DURABLE("on"),
        /** {@code ./ascend up --fast-unsafe}: a host crash can lose writes the services acknowledged. */
        FAST_UNSAFE("off");

        private final String setting;

        Durability(String setting) {
            this.setting = setting;
        }
    }

    public static Postgres start(Path dataDir, int port, Path logFile, List<String> databases, Durability durability) {
        try {
            Process process = new ProcessBuilder(ChildProcesses.java(
                    // It only waits for the server to stop: the smallest JVM that can (docs/performance.md).
                    List.of("-Xmx24m", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-Xss256k"), Postgres.class.getName(),
                    dataDir.toString(), String.valueOf(port), durability.name()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            var postgres = new Postgres(process, port);
            Ports.awaitListening(port, Duration.ofSeconds(60), "PostgreSQL (log: " + logFile + ")", process);
            postgres.ensureDatabases(databases);
            return postgres;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start PostgreSQL; see " + logFile, e);
        }
    }

    /** The child JVM: runs the server until SIGTERM, when zonky's shutdown hook stops it cleanly. */
    public static void main(String[] args) throws Exception {
        String durable = Durability.valueOf(args[2]).setting;
        EmbeddedPostgres.builder()
                .setDataDirectory(Path.of(args[0]))
                .setCleanDataDirectory(false)
                .setPort(Integer.parseInt(args[1]))
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("fsync", durable)
                .setServerConfig("synchronous_commit", durable)
                .setServerConfig("full_page_writes", "on")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        Thread.currentThread().join();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private void ensureDatabases(List<String> databases) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            try (Connection admin = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "")) {
                var statement = admin.createStatement();
                if (!statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + USER + "'").next()) {
                    statement.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
                }
                for (String database : databases) {
                    if (!statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'").next()) {
                        statement.execute("CREATE DATABASE " + database + " OWNER " + USER);
                    }
                }
                return;
            } catch (SQLException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Could not create the service databases: " + e.getMessage(), e);
                }
                Ports.sleep(500); // still starting up
            }
        }
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        ChildProcesses.stop(process, 30);
    }
}
