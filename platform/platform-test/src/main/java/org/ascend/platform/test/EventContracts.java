package org.ascend.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The producer-owned JSON Schemas in {@code contracts/events/}: one file per CloudEvents type,
 * named {@code <type>.schema.json}, each with {@code examples}. Producers validate what they emit;
 * consumers parse every example.
 */
public final class EventContracts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ConcurrentHashMap<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventContracts() {
    }

    public static Path contractsDirectory() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("contracts/events");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("contracts/events not found above " + Path.of("").toAbsolutePath());
    }

    public static Path schemaFile(String ceType) {
        return contractsDirectory().resolve(ceType + ".schema.json");
    }

    /** Validation errors of {@code data} against the schema of {@code ceType}; empty when valid. */
    public static Set<ValidationMessage> validate(String ceType, byte[] data) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(ceType, type -> {
            Path file = schemaFile(type);
            if (!Files.exists(file)) {
                throw new AssertionError("No schema for event type " + type + " at " + file);
            }
            try {
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                        .getSchema(Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            return schema.validate(JSON.readTree(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code examples} of the schema for {@code ceType}, as JSON bytes. */
    public static List<byte[]> examples(String ceType) {
        try {
            JsonNode schema = JSON.readTree(schemaFile(ceType).toFile());
            List<byte[]> examples = new ArrayList<>();
            for (JsonNode example : schema.path("examples")) {
                examples.add(JSON.writeValueAsBytes(example));
            }
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> allTypes() {
        try (Stream<Path> files = Files.list(contractsDirectory())) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".schema.json"))
                    .map(name -> name.substring(0, name.length() - ".schema.json".length()))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
