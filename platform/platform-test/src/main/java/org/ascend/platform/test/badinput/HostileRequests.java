package org.ascend.platform.test.badinput;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile requests made from an operation's OpenAPI description (jqwik arbitraries): a request that is right in
 * every way but one, the one being a wrong type, a boundary value, an injection string, invalid UTF-8, a huge or
 * deeply nested body, a wrong content type, a wrong role or a forged token, or a bad path or query value.
 */
final class HostileRequests {

    static final List<String> INJECTIONS = List.of("' OR '1'='1' --", "\"; DROP TABLE application; --",
            "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/x}", "../../../../etc/passwd", "{{7*7}}",
            "\u0000", "%00", "\r\nSet-Cookie: x=1", "😀\u202E", "-1e309", "NaN", "null", "[]", "{}");
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "*/*",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=ISO-8859-1",
            "application/json-patch+json", "");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonNode document;
    private final String caller;

    /** {@code caller}: the role used where an operation names none (any signed-in user may call it). */
    HostileRequests(JsonNode document, String caller) {
        this.document = document;
        this.caller = caller;
    }

    Arbitrary<HostileRequest> of(ApiOperation operation) {
        List<Arbitrary<HostileRequest>> kinds = new ArrayList<>(List.of(
                badPathOrQuery(operation), wrongRole(operation), forgedToken(operation)));
        if (operation.bodySchema() != null) {
            kinds.addAll(List.of(bodyMutation(operation, "wrong type", wrongTypes()),
                    bodyMutation(operation, "boundary value", boundaries()),
                    bodyMutation(operation, "injection string", Arbitraries.of(INJECTIONS).map(NODES::stringNode)),
                    invalidUtf8(operation), huge(operation), deeplyNested(operation), wrongContentType(operation)));
        }
        return Arbitraries.oneOf(kinds);
    }

    private Arbitrary<HostileRequest> bodyMutation(ApiOperation operation, String kind, Arbitrary<JsonNode> values) {
        List<String> fields = fields(operation.bodySchema());
        if (fields.isEmpty()) {
            return values.map(value -> request(operation, kind, path(operation, Map.of()), json(value), validRole(operation)));
        }
        return Combinators.combine(Arbitraries.of(fields), values).as((field, value) -> {
            ObjectNode body = validBody(operation.bodySchema(), 0);
            body.set(field, value);
            return request(operation, kind, path(operation, Map.of()), json(body), validRole(operation));
        });
    }

    private Arbitrary<HostileRequest> invalidUtf8(ApiOperation operation) {
        return Arbitraries.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF, (byte) 0xFE},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}).map(bad -> {
                    byte[] body = json(validBody(operation.bodySchema(), 0));
                    byte[] hostile = new byte[body.length + bad.length];
                    int quote = indexOfFirstStringValue(body);
                    System.arraycopy(body, 0, hostile, 0, quote);
                    System.arraycopy(bad, 0, hostile, quote, bad.length);
                    System.arraycopy(body, quote, hostile, quote + bad.length, body.length - quote);
                    return request(operation, "invalid UTF-8", path(operation, Map.of()), hostile, validRole(operation));
                });
    }

    private Arbitrary<HostileRequest> huge(ApiOperation operation) {
        return Arbitraries.integers().between(300, 1200).map(kilobytes -> request(operation, "huge body",
                path(operation, Map.of()), ("{\"x\":\"" + "x".repeat(kilobytes * 1024) + "\"}").getBytes(StandardCharsets.UTF_8),
                validRole(operation)));
    }

    private Arbitrary<HostileRequest> deeplyNested(ApiOperation operation) {
        return Arbitraries.integers().between(1_000, 20_000).map(depth -> request(operation, "deeply nested body",
                path(operation, Map.of()), ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8),
                validRole(operation)));
    }

    private Arbitrary<HostileRequest> wrongContentType(ApiOperation operation) {
        return Arbitraries.of(CONTENT_TYPES).map(type -> {
            var request = request(operation, "wrong content type", path(operation, Map.of()),
                    json(validBody(operation.bodySchema(), 0)), validRole(operation));
            Map<String, String> headers = new LinkedHashMap<>(request.headers());
            if (type.isEmpty()) {
                headers.remove("Content-Type");
            } else {
                headers.put("Content-Type", type);
            }
            return new HostileRequest(request.kind(), request.method(), request.path(), headers, request.body(), request.role());
        });
    }

    private Arbitrary<HostileRequest> wrongRole(ApiOperation operation) {
        List<String> others = new ArrayList<>(List.of("applicant", "sponsor", "assessor", "moderator", "analyst",
                "regional-lead", "programme-manager", "platform-admin"));
        others.removeAll(operation.roles());
        others.add(null); // no token at all
        if (operation.roles().isEmpty()) {
            others = new ArrayList<>();
            others.add(null);
        }
        return Arbitraries.of(others).map(role -> request(operation, "wrong role", path(operation, Map.of()),
                operation.bodySchema() == null ? null : json(validBody(operation.bodySchema(), 0)), role));
    }

    private Arbitrary<HostileRequest> forgedToken(ApiOperation operation) {
        return Arbitraries.just(request(operation, "forged token", path(operation, Map.of()),
                operation.bodySchema() == null ? null : json(validBody(operation.bodySchema(), 0)), "forged"));
    }

    private Arbitrary<HostileRequest> badPathOrQuery(ApiOperation operation) {
        List<ApiOperation.Parameter> parameters = operation.parameters();
        if (parameters.isEmpty()) {
            return Arbitraries.of(INJECTIONS).map(value -> request(operation, "bad path or query value",
                    operation.path() + "?unexpected=" + encode(value), body(operation), validRole(operation)));
        }
        Arbitrary<String> values = Arbitraries.oneOf(Arbitraries.of(INJECTIONS),
                Arbitraries.of("not-a-uuid", "-1", "99999999999999999999", "1.5", "true", "", " ", "%C3%28", "%FF",
                        "x".repeat(5000)),
                Arbitraries.strings().ofMaxLength(40));
        return Combinators.combine(Arbitraries.of(parameters), values).as((parameter, value) -> request(operation,
                "bad path or query value", path(operation, Map.of(parameter.name(), value)), body(operation),
                validRole(operation)));
    }

    private static Arbitrary<JsonNode> wrongTypes() {
        return Arbitraries.of(NODES.numberNode(42), NODES.stringNode("forty-two"), NODES.booleanNode(true),
                NODES.arrayNode().add(1).add("two"), NODES.objectNode().put("unexpected", "object"), NODES.nullNode(),
                NODES.numberNode(3.14159));
    }

    private static Arbitrary<JsonNode> boundaries() {
        return Arbitraries.oneOf(
                Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE, (long) Integer.MAX_VALUE + 1, -1L, 0L).map(NODES::numberNode),
                Arbitraries.of(1e308, -1e308, 4.9e-324).map(NODES::numberNode),
                Arbitraries.of("", " ", "x".repeat(10_000), "9999-12-31T23:59:59Z", "0000-01-01T00:00:00Z",
                        "2026-02-30T00:00:00Z", "00000000-0000-0000-0000-000000000000").map(NODES::stringNode));
    }

    private HostileRequest request(ApiOperation operation, String kind, String path, byte[] body, String role) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        if (operation.method().equals("POST")) {
            headers.put("Idempotency-Key", UUID.randomUUID().toString());
        }
        return new HostileRequest(kind, operation.method(), path, headers, body, role);
    }

    private byte[] body(ApiOperation operation) {
        return operation.bodySchema() == null ? null : json(validBody(operation.bodySchema(), 0));
    }

    private String validRole(ApiOperation operation) {
        return operation.roles().isEmpty() ? caller : operation.roles().get(0);
    }

    /** The path with each path parameter a fresh UUID, except those given, which are sent as they are (URL-encoded). */
    private static String path(ApiOperation operation, Map<String, String> values) {
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        for (ApiOperation.Parameter parameter : operation.parameters()) {
            String value = values.get(parameter.name());
            String encoded = value == null ? null : value.startsWith("%") ? value : encode(value);
            if (parameter.in().equals("path")) {
                path = path.replace("{" + parameter.name() + "}", encoded == null ? UUID.randomUUID().toString() : encoded);
            } else if (encoded != null) {
                query.append(query.isEmpty() ? "?" : "&").append(parameter.name()).append('=').append(encoded);
            }
        }
        return path + query;
    }

    /** A body with every listed property given a plausible value, so one mutation is what is wrong with it. */
    private ObjectNode validBody(JsonNode schema, int depth) {
        ObjectNode body = NODES.objectNode();
        ApiOperation.resolve(document, schema).path("properties").properties()
                .forEach(property -> body.set(property.getKey(), plausible(property.getValue(), depth)));
        return body;
    }

    private JsonNode plausible(JsonNode schema, int depth) {
        JsonNode resolved = ApiOperation.resolve(document, schema);
        if (resolved.has("enum")) {
            return resolved.path("enum").get(0);
        }
        return switch (resolved.path("type").asString("object")) {
            case "integer", "number" -> NODES.numberNode(resolved.has("minimum") ? resolved.path("minimum").asLong() : 1);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> NODES.arrayNode();
            case "string" -> switch (resolved.path("format").asString("")) {
                case "uuid" -> NODES.stringNode(UUID.randomUUID().toString());
                case "date-time" -> NODES.stringNode(Instant.now().toString());
                case "date" -> NODES.stringNode("2026-12-01");
                case "email" -> NODES.stringNode("someone@nhs.example");
                default -> NODES.stringNode("x");
            };
            default -> depth > 3 ? NODES.objectNode() : validBody(resolved, depth + 1);
        };
    }

    private List<String> fields(JsonNode schema) {
        List<String> fields = new ArrayList<>();
        ApiOperation.resolve(document, schema).path("properties").properties().forEach(p -> fields.add(p.getKey()));
        return fields;
    }

    private static int indexOfFirstStringValue(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        int colonQuote = text.indexOf(":\"");
        return colonQuote < 0 ? Math.min(1, body.length) : colonQuote + 2;
    }

    private static byte[] json(JsonNode node) {
        return JSON.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
