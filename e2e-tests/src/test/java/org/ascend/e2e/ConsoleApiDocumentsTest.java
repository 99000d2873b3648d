package org.ascend.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.ascend.platform.test.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web console's typed API client is generated from the OpenAPI documents kept in web-console/openapi/. They must
 * be the running services' own: a changed API then fails here until the documents are refreshed, and the console's
 * type check fails wherever the change breaks it (docs/adr/0018-web-console-served-by-the-gateway.md).
 */
@ExtendWith(LocalPlatform.Running.class)
class ConsoleApiDocumentsTest {

    private static final Map<String, Integer> SERVICES = Map.of("recruitment", 8081, "assessment", 8082,
            "cohort", 8083, "reporting", 8084);

    @Test
    void theConsoleIsBuiltAgainstTheServicesCurrentApis() throws IOException {
        var json = JsonMapper.builder().build();
        for (var service : SERVICES.entrySet()) {
            var live = new Http("http://127.0.0.1:" + service.getValue()).get("/v3/api-docs");
            assertThat(live.status()).isEqualTo(200);
            var kept = json.readTree(Files.readString(Path.of("..", "web-console", "openapi", service.getKey() + ".json")));
            assertThat(kept).as(service.getKey() + "'s API changed: refresh the console's copy with "
                    + "web-console/tools/refresh-openapi.sh while ./ascend up runs, then build web-console").isEqualTo(live.body());
        }
    }
}
