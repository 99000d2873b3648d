package org.ascend.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.ascend.platform.test.Http;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs after every other e2e class: each status the suites met on a documented operation is in that
 * operation's OpenAPI responses. Also saves the four documents to target/openapi/ for the build's
 * OpenAPI lint (Redocly, see pom.xml).
 */
@ExtendWith(LocalPlatform.Running.class)
@Order(Integer.MAX_VALUE)
class DocumentedStatusesTest {

    private static final Map<String, Integer> SERVICES = Map.of("recruitment", 8081, "assessment", 8082,
            "cohort", 8083, "reporting", 8084);

    /** One documented operation: method, path as a pattern, and its documented statuses. */
    record Operation(String method, String template, Pattern path, java.util.Set<String> statuses) {
    }

    @Test
    void everyStatusTheSuitesMetIsDocumented() throws IOException {
        List<Operation> operations = new ArrayList<>();
        Path out = Path.of("target", "openapi");
        Files.createDirectories(out);
        SERVICES.forEach((service, port) -> {
            var document = new Http("http://127.0.0.1:" + port).get("/v3/api-docs");
            assertThat(document.status()).as(service + " OpenAPI document").isEqualTo(200);
            write(out.resolve(service + ".json"), document.body().toString());
            document.body().path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
                JsonNode responses = method.getValue().path("responses");
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(),
                        Pattern.compile(path.getKey().replaceAll("\\{[^}]+}", "[^/]+")),
                        new TreeSet<>(responses.propertyNames())));
            }));
        });

        List<String> undocumented = new ArrayList<>();
        int checked = 0;
        for (var exchange : LocalPlatform.EXCHANGES) {
            String path = exchange.uri().getRawPath();
            var operation = operations.stream().filter(op -> op.method().equals(exchange.method()))
                    .filter(op -> op.path().matcher(path).matches()).findFirst();
            if (operation.isEmpty()) {
                continue; // not an operation: docs pages, unknown paths, refusals before routing
            }
            checked++;
            String status = String.valueOf(exchange.response().status());
            if (!operation.get().statuses().contains(status)) {
                undocumented.add(exchange.method() + " " + operation.get().template() + " answered " + status
                        + " (documented: " + operation.get().statuses() + ")");
            }
        }
        assertThat(checked).as("calls to documented operations").isGreaterThan(500);
        assertThat(new TreeSet<>(undocumented)).as("statuses met but not documented").isEmpty();
    }

    private static void write(Path file, String json) {
        try {
            Files.writeString(file, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
