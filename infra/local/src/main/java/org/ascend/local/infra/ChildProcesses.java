package org.ascend.local.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How the local stack runs its children: each in a session of its own, so Ctrl+C reaches only the
 * launcher, which then stops them in order (services before the database they write to).
 */
public final class ChildProcesses {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private ChildProcesses() {
    }

    /** {@code command} in its own session where {@code setsid} exists. */
    public static List<String> detachedFromTerminal(List<String> command) {
        List<String> full = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            full.add(SETSID.toString());
        }
        full.addAll(command);
        return full;
    }

    /**
     * What every JVM of the local stack runs with, to keep its memory small (docs/performance.md): the serial collector
     * (small heaps, one core's work); from JDK 22, native memory freed after the start (the compiler's, the class
     * loading's) handed back to the system every 5 s; from JDK 25, 8-byte object headers (JEP 519).
     */
    public static List<String> leanOptions() {
        List<String> options = new ArrayList<>(List.of("-XX:+UseSerialGC"));
        if (Runtime.version().feature() >= 22) {
            options.add("-XX:TrimNativeHeapInterval=5000");
        }
        if (Runtime.version().feature() >= 25) {
            options.add("-XX:+UseCompactObjectHeaders");
        }
        return options;
    }

    /** A JVM running {@code mainClass} from this JVM's classpath, with {@link #leanOptions()}. */
    public static List<String> java(List<String> jvmOptions, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(leanOptions());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return detachedFromTerminal(command);
    }

    /** SIGTERM for a graceful stop; SIGKILL only if it does not finish in time. */
    public static void stop(Process process, int graceSeconds) {
        process.destroy();
        try {
            if (!process.waitFor(graceSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
