package org.ascend.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * JDK 25's ahead-of-time cache (JEP 483/514): a service started from its cache is ready in about half the time
 * (docs/performance.md). Chosen with {@code ASCEND_AOT}:
 * <ul>
 * <li>{@code auto} (the default): on JDK 25 or newer, a service whose cache matches its jar, the JDK and the JVM
 * options starts from it; otherwise this run records one, written when the service stops. On an older JDK, off.</li>
 * <li>{@code off}, or {@code train} / {@code use} to force either step.</li>
 * </ul>
 * Services then run from Spring Boot's extracted layout, since the cache only covers classes loaded from plain jars
 * on the class path. A cache the JVM cannot use (damaged, or its class path changed) is ignored with a warning in
 * the service's log, and the service starts as it would without one.
 */
final class AotCache {

    /** What one start of a service does with its cache. */
    enum Step { NONE, RECORD, USE }

    private final String mode;
    private final Path directory;
    private final Path repository;

    AotCache(String mode, Path directory, Path repository) {
        this.mode = mode;
        this.directory = directory;
        this.repository = repository;
    }

    static AotCache fromEnvironment(LocalLayout layout) {
        return of(System.getenv().getOrDefault("ASCEND_AOT", "auto").trim(), Runtime.version().feature(),
                layout.aot(), layout.repository());
    }

    static AotCache of(String mode, int jdkFeature, Path directory, Path repository) {
        if (!List.of("auto", "off", "train", "use").contains(mode)) {
            throw new IllegalStateException("ASCEND_AOT must be auto, off, train or use; was " + mode);
        }
        if (jdkFeature < 25 && !mode.equals("off") && !mode.equals("auto")) {
            throw new IllegalStateException("ASCEND_AOT=" + mode + " needs JDK 25 or newer; this is " + jdkFeature
                    + ". Set JAVA_HOME to a JDK 25, or leave ASCEND_AOT unset.");
        }
        return new AotCache(jdkFeature < 25 ? "off" : mode, directory, repository);
    }

    /** Decides, once per start, whether this service records or uses its cache, and prepares for it. */
    Plan plan(ServiceSpec spec, List<String> jvmOptions) {
        Step step = step(spec, jvmOptions);
        Path cache = cache(spec);
        return new Plan(step, switch (step) {
            case RECORD -> List.of("-XX:AOTCacheOutput=" + cache);
            case USE -> List.of("-XX:AOTCache=" + cache);
            case NONE -> List.of();
        }, step == Step.NONE ? spec.jar(repository) : extracted(spec));
    }

    /** The decision alone; a recording's stamp is written and the old cache removed here. */
    Step step(ServiceSpec spec, List<String> jvmOptions) {
        Path cache = cache(spec);
        Path stamp = directory.resolve(spec.name() + ".aot.stamp");
        String expected = stampOf(spec.jar(repository), jvmOptions);
        Step step = switch (mode) {
            case "train" -> Step.RECORD;
            case "use" -> {
                if (!Files.exists(cache)) {
                    throw new IllegalStateException("No AOT cache at " + cache + ": run once with ASCEND_AOT=train first.");
                }
                yield Step.USE;
            }
            case "auto" -> Files.exists(cache) && expected.equals(read(stamp)) ? Step.USE : Step.RECORD;
            default -> Step.NONE;
        };
        if (step == Step.RECORD) {
            // The old cache goes first: a recording cut short then leaves no cache, never a stale one.
            write(stamp, expected, cache);
        }
        return step;
    }

    private Path cache(ServiceSpec spec) {
        return directory.resolve(spec.name() + ".aot");
    }

    /** A start's decision: the step, the JVM options it needs, and the jar to run. */
    record Plan(Step step, List<String> jvmOptions, Path jar) {

        String describe() {
            return switch (step) {
                case RECORD -> " (recording its start-up cache for next time)";
                case USE -> " (from its start-up cache)";
                case NONE -> "";
            };
        }
    }

    /** The cache is valid for exactly this jar, JDK and JVM options; anything else changed means record again. */
    private static String stampOf(Path jar, List<String> jvmOptions) {
        try {
            return "jar=" + Files.size(jar) + "@" + Files.getLastModifiedTime(jar).toMillis() + "\njdk=" + Runtime.version()
                    + "\noptions=" + String.join(" ", jvmOptions) + "\n";
        } catch (IOException e) {
            return "jar missing: " + jar; // the start itself then says the jar is missing
        }
    }

    private static String read(Path stamp) {
        try {
            return Files.exists(stamp) ? Files.readString(stamp) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void write(Path stamp, String content, Path cache) {
        try {
            Files.createDirectories(stamp.getParent());
            Files.deleteIfExists(cache);
            Files.writeString(stamp, content);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the AOT cache at " + cache, e);
        }
    }

    /** The service's extracted form, extracted again whenever the built jar is newer. */
    private Path extracted(ServiceSpec spec) {
        Path built = spec.jar(repository);
        Path extracted = directory.resolve(spec.name());
        Path jar = extracted.resolve(spec.name() + ".jar");
        if (!Files.exists(jar) || lastModified(jar) < lastModified(built)) {
            extract(built, extracted);
        }
        return jar;
    }

    private static void extract(Path built, Path destination) {
        try {
            Files.createDirectories(destination.getParent());
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djarmode=tools", "-jar", built.toString(), "extract", "--force", "--destination",
                    destination.toString()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("Could not extract " + built + ": " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not extract " + built, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long lastModified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
