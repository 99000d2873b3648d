package org.ascend.local.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 server from the zonky binaries artifact. A short-lived JVM unpacks and starts it with zonky and
 * exits, leaving the server running on its own (a JVM kept only to wait cost 75 MB, docs/performance.md); the
 * launcher stops it after the services, with PostgreSQL's fast shutdown. Data stays in {@code dataDir} between runs;
 * one database per service, owned by the application role.
 *
 * <p>Durable unless asked otherwise: zonky's defaults are a test database's ({@code fsync} and
 * {@code synchronous_commit} off), where a host crash loses acknowledged writes (docs/reliability.md).
 */
public final class Postgres implements AutoCloseable {

    public static final String USER = "ascend";
    public static final String PASSWORD = "ascend";

    private final Path dataDir;
    private final int port;

    private Postgres(Path dataDir, int port) {
        this.dataDir = dataDir;
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

    /** Where zonky unpacks the server's binaries (default: the temporary directory's {@code embedded-pg}). */
    static final String BINARIES_PROPERTY = "ot.epg.working-dir";

    public static Postgres start(Path dataDir, int port, Path logFile, List<String> databases, Durability durability) {
        try {
            // The heap is for the first start on a machine: unpacking the server's binaries (xz) takes some 100 MB,
            // and 64 MB ran out. The JVM halts once the server is up, so it costs nothing after.
            List<String> options = new java.util.ArrayList<>(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"));
            String binaries = System.getProperty(BINARIES_PROPERTY);
            if (binaries != null) {
                options.add("-D" + BINARIES_PROPERTY + "=" + binaries);
            }
            Process starter = new ProcessBuilder(ChildProcesses.java(options,
                    Postgres.class.getName(), dataDir.toString(), String.valueOf(port), durability.name(), logFile.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            if (!starter.waitFor(120, TimeUnit.SECONDS) || starter.exitValue() != 0) {
                starter.destroyForcibly();
                throw new IllegalStateException("PostgreSQL did not start; see " + logFile);
            }
            postmaster(dataDir).orElseThrow(() -> new IllegalStateException("PostgreSQL is not running; see " + logFile));
            var postgres = new Postgres(dataDir, port);
            postgres.ensureDatabases(databases);
            return postgres;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start PostgreSQL; see " + logFile, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting PostgreSQL", e);
        }
    }

    /**
     * The starter JVM: starts the server, its output going straight to the log, then halts. {@code halt} skips zonky's
     * shutdown hook, which would stop the server with the JVM that started it.
     */
    public static void main(String[] args) throws Exception {
        String durable = Durability.valueOf(args[2]).setting;
        var log = ProcessBuilder.Redirect.appendTo(Path.of(args[3]).toFile());
        EmbeddedPostgres.builder()
                .setDataDirectory(Path.of(args[0]))
                .setCleanDataDirectory(false)
                .setPort(Integer.parseInt(args[1]))
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("fsync", durable)
                .setServerConfig("synchronous_commit", durable)
                .setServerConfig("full_page_writes", "on")
                .setOutputRedirector(log)
                .setErrorRedirector(log)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    /**
     * The server's main process, from the first line of the pid file it keeps in its data directory: read each time,
     * so whoever restarted the server (the fault suite does), it is the one running now.
     */
    private static java.util.Optional<ProcessHandle> postmaster(Path dataDir) {
        try {
            return ProcessHandle.of(Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim()))
                    // a pid file left by a crash may name a process that is not PostgreSQL any more
                    .filter(process -> process.info().command().map(command -> command.endsWith("/postgres")).orElse(false));
        } catch (IOException | RuntimeException noPidFile) {
            return java.util.Optional.empty();
        }
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
        return postmaster(dataDir).map(ProcessHandle::pid).orElse(-1L);
    }

    /** Fast shutdown (SIGINT: open transactions rolled back, then a clean checkpoint); killed if not done in 60 s. */
    @Override
    public void close() {
        postmaster(dataDir).ifPresent(server -> {
            try {
                new ProcessBuilder("kill", "-INT", Long.toString(server.pid())).start().waitFor(10, TimeUnit.SECONDS);
                server.onExit().get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException | IOException e) {
                server.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                server.destroyForcibly();
            }
        });
    }
}
