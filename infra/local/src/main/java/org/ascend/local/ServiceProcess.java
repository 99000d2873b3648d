package org.ascend.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.ascend.local.infra.ChildProcesses;

/** A service running as its own JVM, logging to its own file. */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final ServiceSpec spec;
    private final Process process;
    private final boolean recordingCache;

    private ServiceProcess(ServiceSpec spec, Process process, boolean recordingCache) {
        this.spec = spec;
        this.process = process;
        this.recordingCache = recordingCache;
    }

    /** Starts the service; one that records its AOT cache (docs/performance.md) writes it as it stops. */
    static ServiceProcess start(ServiceSpec spec, LocalLayout layout, List<String> jvmOptions, Path jar, boolean recordingCache) {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing. Build first: ./mvnw -DskipTests install");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        var builder = new ProcessBuilder(ChildProcesses.detachedFromTerminal(command))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(layout.log(spec.name()).toFile()));
        builder.environment().putAll(spec.environment());
        builder.environment().put("PORT", String.valueOf(spec.port()));
        try {
            return new ServiceProcess(spec, builder.start(), recordingCache);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + spec.name(), e);
        }
    }

    ServiceSpec spec() {
        return spec;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** How it ended (137 for a kill -9); only once it has. */
    int exitCode() {
        return process.exitValue();
    }

    static boolean healthy(ServiceSpec spec) {
        try {
            var request = HttpRequest.newBuilder(URI.create(spec.healthUrl())).timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Asks for a graceful stop (SIGTERM: Spring finishes in-flight work) without waiting. */
    void requestStop() {
        process.destroy();
    }

    /** Waits for the stop asked for, forcing it after the grace period. */
    void awaitStop() {
        // Writing the cache takes a few seconds alone, up to a minute with every service writing at once.
        ChildProcesses.stop(process, recordingCache ? 150 : 30);
    }

    boolean recordingCache() {
        return recordingCache;
    }
}
