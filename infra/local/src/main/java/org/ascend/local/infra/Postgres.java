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

    public static Postgres start(Path dataDir, int port, Path logFile, List<String> databases) {
        try {
            Process process = new ProcessBuilder(ChildProcesses.java("128m", Postgres.class.getName(),
                    dataDir.toString(), String.valueOf(port)))
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
        EmbeddedPostgres.builder()
                .setDataDirectory(Path.of(args[0]))
                .setCleanDataDirectory(false)
                .setPort(Integer.parseInt(args[1]))
                .setServerConfig("listen_addresses", "127.0.0.1")
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
