package org.ascend.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.ascend.platform.test.Http;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The real platform, started and stopped with the README's own launcher commands. */
final class LocalPlatform {

    /**
     * Starts the platform once for every test class that uses it ({@code @ExtendWith(LocalPlatform.Running.class)})
     * and stops it when all have run: a start takes half a minute.
     */
    static final class Running implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).computeIfAbsent(Running.class, key -> {
                Http.observe((request, response) -> EXCHANGES.add(new Exchange(request.method(), request.uri(), response)));
                TraceCollector.start();
                if (ALREADY_RUNNING) {
                    return (AutoCloseable) () -> { };
                }
                up();
                return (AutoCloseable) LocalPlatform::down;
            }, AutoCloseable.class);
        }
    }

    static final String GATEWAY = "http://127.0.0.1:8080";

    /**
     * While working on one test: {@code -Dascend.e2e.running=true} uses a platform already started with
     * {@code ./ascend up --detach --demo} instead of starting and stopping one (tests that need a fresh platform, or
     * the spans the services export to the tests' collector, then see what that platform holds).
     */
    private static final boolean ALREADY_RUNNING = Boolean.getBoolean("ascend.e2e.running");

    /** One call any e2e test made, and what came back. */
    record Exchange(String method, java.net.URI uri, Http.Response response) {
    }

    /** Every call the e2e tests made through {@link Http}, in order. */
    static final java.util.List<Exchange> EXCHANGES = new java.util.concurrent.CopyOnWriteArrayList<>();

    private LocalPlatform() {
    }

    private static void up() {
        run(600, "up", "--detach", "--wipe", "--demo"); // the demo's data is there, as for a newcomer (DemoDataTest)
    }

    private static void down() {
        run(180, "down");
    }

    /** An access token for the demo user, exactly as the README gets one: ./ascend token <user>. */
    static String token(String demoUser) {
        return run(60, "token", demoUser).strip();
    }

    /** A Kafka client configuration, exactly as the README gets one: ./ascend kafka-client <user>. */
    static java.util.Properties kafkaClient(String user) {
        var properties = new java.util.Properties();
        try {
            properties.load(new java.io.StringReader(run(60, "kafka-client", user)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

    private static String run(int timeoutSeconds, String... args) {
        Path repository = Path.of("..").toAbsolutePath().normalize();
        String[] command = new String[args.length + 1];
        command[0] = repository.resolve("ascend").toString();
        System.arraycopy(args, 0, command, 1, args.length);
        try {
            Path output = Files.createTempFile("ascend-e2e", ".log");
            var builder = new ProcessBuilder(command);
            // The services export their spans to the tests' collector, as a deployment's go to its own.
            builder.environment().put("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT", TraceCollector.ENDPOINT);
            builder.environment().put("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_SCHEDULE_DELAY", "500ms");
            // One start and one stop: recording start-up caches would only slow both (bench/startup.sh measures them).
            builder.environment().putIfAbsent("ASCEND_AOT", "off");
            Process process = builder.directory(repository.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile())
                    .redirectInput(new File("/dev/null"))
                    .start();
            boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            String printed = Files.readString(output);
            if (!finished || process.exitValue() != 0) {
                throw new IllegalStateException("./ascend " + String.join(" ", args) + " failed:\n" + printed);
            }
            if (!args[0].equals("token") && !args[0].equals("kafka-client")) {
                System.out.println(printed);
            }
            return printed;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
