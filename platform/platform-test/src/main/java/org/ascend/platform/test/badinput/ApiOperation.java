package org.ascend.platform.test.badinput;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * One operation of a service's OpenAPI document, as much of it as hostile requests are made from: its path and query
 * parameters with their schemas, its JSON body's schema (references resolved), and who may call it.
 */
record ApiOperation(String method, String path, List<Parameter> parameters, JsonNode bodySchema, List<String> roles) {

    private static final Pattern WHO_MAY_CALL = Pattern.compile("\\*\\*Who may call:\\*\\* ([^.]+)\\.");

    record Parameter(String name, String in, JsonNode schema) {
    }

    /** Every operation of the document. */
    static List<ApiOperation> all(JsonNode document) {
        List<ApiOperation> operations = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            JsonNode operation = method.getValue();
            List<Parameter> parameters = new ArrayList<>();
            operation.path("parameters").forEach(p -> {
                if (!p.path("in").asString().equals("header")) {
                    parameters.add(new Parameter(p.path("name").asString(), p.path("in").asString(),
                            resolve(document, p.path("schema"))));
                }
            });
            JsonNode body = operation.path("requestBody").path("content").path("application/json").path("schema");
            Matcher who = WHO_MAY_CALL.matcher(operation.path("description").asString(""));
            List<String> roles = who.find() ? List.of(who.group(1).split(",\\s*")) : List.of();
            operations.add(new ApiOperation(method.getKey().toUpperCase(), path.getKey(), parameters,
                    body.isMissingNode() ? null : resolve(document, body), roles));
        }));
        return operations;
    }

    /** A schema with its top-level reference followed (nested ones are followed as the generator meets them). */
    static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; depth < 10 && current.has("$ref"); depth++) {
            String name = current.path("$ref").asString().replace("#/components/schemas/", "");
            current = document.path("components").path("schemas").path(name);
        }
        return current;
    }
}
