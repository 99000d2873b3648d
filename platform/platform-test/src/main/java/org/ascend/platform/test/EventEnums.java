package org.ascend.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Java enums against the schemas they are published under: every value of an enum that reaches an
 * event (a record component, a list of them, or a nested record's) must be allowed by the schema's
 * {@code enum} at that place. A value the code can emit but the contract does not allow would make a
 * validating consumer reject real events.
 */
final class EventEnums {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventEnums() {
    }

    /** Problems found in {@code event} against the schema of {@code ceType}; empty when every value is allowed. */
    static List<String> notAllowed(Class<?> event, String ceType) {
        try {
            JsonNode schema = JSON.readTree(EventContracts.schemaFile(ceType).toFile());
            List<String> problems = new ArrayList<>();
            check(event, schema, schema, ceType, problems);
            return problems;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(Class<?> type, JsonNode root, JsonNode schema, String where, List<String> problems) {
        for (RecordComponent component : type.getRecordComponents()) {
            JsonNode property = resolved(root, resolved(root, schema).path("properties").path(component.getName()));
            String at = where + "." + component.getName();
            if (property.isMissingNode()) {
                problems.add(at + " is not in the schema");
                continue;
            }
            Type generic = component.getGenericType();
            Class<?> raw = component.getType();
            if (java.util.Collection.class.isAssignableFrom(raw) && generic instanceof ParameterizedType list) {
                Type item = list.getActualTypeArguments()[0];
                if (item instanceof Class<?> itemClass) {
                    checkValue(itemClass, root, resolved(root, property.path("items")), at + "[]", problems);
                }
            } else {
                checkValue(raw, root, property, at, problems);
            }
        }
    }

    /** A schema's own {@code $ref} ("#/$defs/…") followed to what it names. */
    private static JsonNode resolved(JsonNode root, JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? root.at(ref.substring(1)) : node;
    }

    private static void checkValue(Class<?> type, JsonNode root, JsonNode schema, String at, List<String> problems) {
        if (type.isEnum()) {
            Set<String> allowed = new HashSet<>();
            schema.path("enum").forEach(value -> allowed.add(value.asText()));
            Arrays.stream(type.getEnumConstants()).map(value -> ((Enum<?>) value).name())
                    .filter(name -> !allowed.contains(name))
                    .forEach(name -> problems.add(at + " can be " + name + ", which the schema does not allow "
                            + (allowed.isEmpty() ? "(it has no enum)" : allowed)));
        } else if (type.isRecord()) {
            check(type, root, schema, at, problems);
        }
    }
}
