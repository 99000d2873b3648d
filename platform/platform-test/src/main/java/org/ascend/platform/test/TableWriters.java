package org.ascend.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which feature package writes which table, read from a service's SQL (INSERT INTO, UPDATE, DELETE FROM)
 * in its main sources: each table should have one writer, so its rules live in one place.
 */
public final class TableWriters {

    private static final Pattern WRITE = Pattern.compile("(?:INSERT\\s+INTO|(?<!DO\\s)UPDATE|DELETE\\s+FROM)\\s+([a-z_]+)");

    private TableWriters() {
    }

    /** Table to the feature packages (directly under {@code basePackage}) that write it, for the module's main sources. */
    public static Map<String, Set<String>> of(String basePackage) {
        Path root = Path.of("src", "main", "java").resolve(basePackage.replace('.', '/'));
        Map<String, Set<String>> writers = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                Path relative = root.relativize(file);
                String feature = relative.getNameCount() > 1 ? relative.getName(0).toString() : "(root)";
                Matcher write = WRITE.matcher(read(file));
                while (write.find()) {
                    writers.computeIfAbsent(write.group(1), table -> new TreeSet<>()).add(feature);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return writers;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
