package org.ascend.e2e;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The parts of the running local platform, as an operator meets them: the processes ./ascend started (its state file
 * names their pids), their health, and the faults the fault suite puts on them. ./ascend restarts a service or the
 * broker that stops on its own, as an orchestrator would.
 */
final class PlatformParts {

    static final Map<String, Integer> PORTS = Map.of("identity", 9000, "recruitment-service", 8081,
            "assessment-service", 8082, "cohort-service", 8083, "reporting-service", 8084, "gateway", 8085);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private PlatformParts() {
    }

    /** The process ./ascend runs for a part (a service, "kafka", "postgresql", "redis"), as its state file says. */
    static long pid(String part) {
        Path state = Path.of(System.getenv().getOrDefault("ASCEND_HOME", "../.ascend"), "state.properties");
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(state)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("No ./ascend state at " + state.toAbsolutePath(), e);
        }
        return Long.parseLong(properties.getProperty(part + ".pid"));
    }

    static void signal(long pid, String signal) {
        exec(List.of("kill", "-" + signal, String.valueOf(pid)));
    }

    /** Infrastructure whose restart the suite times by its port answering again. */
    static final Map<String, Integer> INFRASTRUCTURE_PORTS = Map.of("kafka", 19092, "postgresql", 15432);

    /** A service answering ready, or a piece of infrastructure accepting connections. */
    static boolean ready(String part) {
        if (INFRASTRUCTURE_PORTS.containsKey(part)) {
            try (var socket = new java.net.Socket()) {
                socket.connect(new java.net.InetSocketAddress("127.0.0.1", INFRASTRUCTURE_PORTS.get(part)), 500);
                return true;
            } catch (IOException e) {
                return false;
            }
        }
        String service = part;
        String path = service.equals("identity") ? "/.well-known/openid-configuration" : "/actuator/health/readiness";
        try {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORTS.get(service) + path))
                    .timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits until every service answers ready again; the moment it did. */
    static Instant awaitAllReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!PORTS.keySet().stream().allMatch(PlatformParts::ready)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not every service was ready again within " + timeout.toSeconds() + " s");
            }
            pause(250);
        }
        return Instant.now();
    }

    /**
     * Restarts PostgreSQL: a fast shutdown (SIGINT to the postmaster: sessions are ended, in-flight work rolls back),
     * then the same server started again with the same command line (pg_ctl refuses to run as root, as CI runs).
     */
    static void restartPostgres() {
        ProcessHandle postmaster = ProcessHandle.allProcesses()
                .filter(process -> process.info().command().orElse("").endsWith("/bin/postgres"))
                .filter(process -> String.join(" ", process.info().arguments().orElse(new String[0])).contains("-p 15432"))
                .findFirst().orElseThrow(() -> new IllegalStateException("No PostgreSQL on port 15432"));
        List<String> command = new java.util.ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U")); // PostgreSQL refuses to run as root: as the launcher starts it
        }
        command.add(postmaster.info().command().orElseThrow());
        command.addAll(List.of(postmaster.info().arguments().orElseThrow()));
        signal(postmaster.pid(), "INT");
        postmaster.onExit().orTimeout(60, TimeUnit.SECONDS).join();
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start PostgreSQL again: " + command, e);
        }
        Instant deadline = Instant.now().plusSeconds(60);
        while (!ready("postgresql")) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("PostgreSQL did not come back within 60 s");
            }
            pause(200);
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void exec(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
