package org.ascend.platform.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.json.JsonMapper;

/**
 * Where audit records wait while the audit store (the service's database) cannot take them (docs/adr/0017): appended
 * to a local file and flushed to disk before the call returns, then written to the store, with their own time, once it
 * is back. Each instance drains its own spool on its own timer (not a cluster-wide {@code @Scheduled} job, which runs
 * on one instance per tick); a record spooled twice or drained twice is written once.
 */
public class AuditSpool implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AuditSpool.class);

    /** One audited call as it waits in the spool. */
    record Entry(UUID id, Instant at, String actor, String actorRoles, String action, String resource, int outcome,
            String correlationId) {
    }

    private final Path active;
    private final Path draining;
    private final JsonMapper json;
    private final AuditTrail trail;
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "audit-spool-drain");
                thread.setDaemon(true);
                return thread;
            });

    public AuditSpool(Path directory, JsonMapper json, AuditTrail trail) {
        this.active = directory.resolve("audit-spool.jsonl");
        this.draining = directory.resolve("audit-spool.draining.jsonl");
        this.json = json;
        this.trail = trail;
    }

    /** Drains every {@code interval} until closed. */
    public AuditSpool drainingEvery(Duration interval) {
        timer.scheduleWithFixedDelay(this::drain, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return this;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** Keeps the record on disk; throws if even that fails. */
    synchronized void append(Entry entry) throws IOException {
        Files.createDirectories(active.getParent());
        byte[] line = (json.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel file = FileChannel.open(active, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            file.write(ByteBuffer.wrap(line));
            file.force(true);
        }
    }

    /** Records waiting to be written. */
    public synchronized long pending() {
        return lines(active) + lines(draining);
    }

    /** Writes what waits to the store; what cannot be written yet stays for the next run. Returns how many were written. */
    public int drain() {
        synchronized (this) {
            try {
                if (Files.exists(active) && !Files.exists(draining)) {
                    Files.move(active, draining, StandardCopyOption.ATOMIC_MOVE); // new records go to a fresh file
                }
            } catch (IOException e) {
                log.error("Could not take the audit spool {} for writing: {}", active, e.getMessage());
                return 0;
            }
        }
        if (!Files.exists(draining)) {
            return 0;
        }
        try {
            List<String> waiting = Files.readAllLines(draining, StandardCharsets.UTF_8);
            for (String line : waiting) {
                if (!line.isBlank()) {
                    trail.recordSpooled(json.readValue(line, Entry.class));
                }
            }
            Files.delete(draining);
            log.info("Wrote {} spooled audit records to the audit trail", waiting.size());
            return waiting.size();
        } catch (IOException | RuntimeException e) {
            log.warn("Audit store still unavailable; {} records stay spooled in {}: {}", pending(), draining, e.getMessage());
            return 0;
        }
    }

    private static long lines(Path file) {
        try (var lines = Files.lines(file)) {
            return lines.filter(line -> !line.isBlank()).count();
        } catch (IOException e) {
            return 0;
        }
    }
}
