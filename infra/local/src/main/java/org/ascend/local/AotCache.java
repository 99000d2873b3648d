package org.ascend.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * JDK 25's ahead-of-time cache (JEP 483/514) for faster starts, chosen with {@code ASCEND_AOT}:
 * {@code train} records a cache per service while it runs (written when it stops), {@code use}
 * starts from it. Services then run from Spring Boot's extracted layout, since the cache only
 * covers classes loaded from plain jars on the class path.
 */
final class AotCache {

    private final String mode;
    private final Path directory;
    private final Path repository;

    private AotCache(String mode, LocalLayout layout) {
        this.mode = mode;
        this.directory = layout.home().resolve("aot");
        this.repository = layout.repository();
    }

    static AotCache fromEnvironment(LocalLayout layout) {
        String mode = System.getenv().getOrDefault("ASCEND_AOT", "off").trim();
        if (!List.of("off", "train", "use").contains(mode)) {
            throw new IllegalStateException("ASCEND_AOT must be off, train or use; was " + mode);
        }
        if (!mode.equals("off") && Runtime.version().feature() < 25) {
            throw new IllegalStateException("ASCEND_AOT needs JDK 25 or newer; this is " + Runtime.version()
                    + ". Set JAVA_HOME to a JDK 25.");
        }
        return new AotCache(mode, layout);
    }

    String describe() {
        return mode.equals("off") ? "" : " (AOT cache: " + mode + ")";
    }

    List<String> jvmOptions(ServiceSpec spec) {
        Path cache = directory.resolve(spec.name() + ".aot");
        return switch (mode) {
            case "train" -> List.of("-XX:AOTCacheOutput=" + cache);
            case "use" -> {
                if (!Files.exists(cache)) {
                    throw new IllegalStateException("No AOT cache at " + cache + ": run once with ASCEND_AOT=train first.");
                }
                yield List.of("-XX:AOTCache=" + cache);
            }
            default -> List.of();
        };
    }

    /** The jar to run: the built one, or with a cache its extracted form (extracted on first use). */
    Path jar(ServiceSpec spec) {
        Path built = spec.jar(repository);
        if (mode.equals("off")) {
            return built;
        }
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
