package org.ascend.local.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node KRaft Kafka broker (combined broker and controller) run as a child JVM from
 * the Kafka jars on this JVM's classpath: the same broker ops teams run, without Docker. Its data
 * stays in {@code dataDir} between starts.
 */
public final class KafkaBroker implements AutoCloseable {

    private final Process process;
    private final int port;

    private KafkaBroker(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static KafkaBroker start(Path dataDir, int port, int controllerPort, Path logFile) {
        return start(dataDir, port, controllerPort, logFile, null);
    }

    /** With {@code security}, clients must authenticate (SASL/PLAIN) and ACLs decide what they may do. */
    public static KafkaBroker start(Path dataDir, int port, int controllerPort, Path logFile, KafkaSecurity security) {
        try {
            Files.createDirectories(dataDir);
            Path config = dataDir.resolve("server.properties");
            String properties = serverProperties(dataDir.resolve("logs"), port, controllerPort);
            if (security != null) {
                properties = withoutListeners(properties) + security.serverProperties(port, controllerPort);
            }
            Files.writeString(config, properties);
            if (!Files.exists(dataDir.resolve("logs/meta.properties"))) {
                format(config, logFile);
            }
            Process process = new ProcessBuilder(ChildProcesses.java(
                    // One local broker's live set is tens of MB; a small start lets the heap grow only as needed. C1
                    // only: the local traffic never needs C2's code, which costs memory to make and keep.
                    List.of("-Xms32m", "-Xmx192m", "-XX:TieredStopAtLevel=1"), "kafka.Kafka", config.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            var broker = new KafkaBroker(process, port);
            Ports.awaitListening(port, Duration.ofSeconds(90), "Kafka broker (log: " + logFile + ")", process);
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Kafka", e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Stops the broker the way ops would: SIGTERM, then a controlled shutdown. */
    @Override
    public void close() {
        ChildProcesses.stop(process, 30);
    }

    /** Kills the broker outright (SIGKILL), as a crash or an OOM kill would: no controlled shutdown. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void format(Path config, Path logFile) throws IOException {
        // "--cluster-id=<id>": an id may start with '-', which as a separate argument reads as an option.
        Process format = new ProcessBuilder(ChildProcesses.java(List.of("-Xmx128m", "-XX:TieredStopAtLevel=1"), "kafka.tools.StorageTool", "format",
                "--cluster-id=" + clusterId(), "--config=" + config))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        try {
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                throw new IllegalStateException("Formatting Kafka storage failed; see " + logFile);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Kafka cluster ids are 16 random bytes in URL-safe base64 without padding. */
    private static String clusterId() {
        UUID uuid = UUID.randomUUID();
        var buffer = java.nio.ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits());
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
    }

    private static String withoutListeners(String properties) {
        return properties.lines()
                .filter(line -> !line.matches("(listeners|advertised.listeners|inter.broker.listener.name|"
                        + "listener.security.protocol.map)=.*"))
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    }

    private static String serverProperties(Path logDirs, int port, int controllerPort) {
        return """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                log.dirs=%3$s
                num.partitions=3
                auto.create.topics.enable=true
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                # The log cleaner's dedupe buffer is 128 MB of heap by default, sized for big compacted topics; the
                # offsets and transaction topics of one local platform need a fraction (docs/performance.md).
                log.cleaner.dedupe.buffer.size=8388608
                # Sized for one local platform's traffic, not a production broker's: fewer threads (their stacks and
                # buffers) and 5 partitions, not 50, for the offsets and transaction topics (docs/performance.md).
                num.network.threads=2
                num.io.threads=2
                background.threads=2
                num.recovery.threads.per.data.dir=1
                offsets.topic.num.partitions=5
                transaction.state.log.num.partitions=5
                share.coordinator.state.topic.num.partitions=5
                """.formatted(port, controllerPort, logDirs);
    }
}
