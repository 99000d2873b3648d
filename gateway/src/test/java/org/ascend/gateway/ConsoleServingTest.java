package org.ascend.gateway;

import java.util.Map;

import org.ascend.platform.test.Http;
import org.ascend.platform.test.TestIdentity;
import org.ascend.platform.test.TestInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web console at /: its pages open without a token (each fetches its data with the person's token), under a
 * strict content security policy; the API beside it still refuses calls without one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleServingTest {

    private static final Map<String, String> BROWSER = Map.of("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");

    @LocalServerPort
    int port;
    Http http;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.port", TestInfrastructure::redis);
        TestIdentity.resourceServerProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @BeforeEach
    void client() {
        http = new Http("http://127.0.0.1:" + port);
    }

    @Test
    void eachConsoleAddressOpenedInABrowserGetsTheConsoleUnderAStrictPolicy() {
        for (String page : new String[] {"/", "/applicant", "/applicant/intakes/3f1c/apply/about-you", "/callback"}) {
            var response = http.get(page, BROWSER);

            assertThat(response.status()).as(page).isEqualTo(200);
            assertThat(response.contentType()).as(page).startsWith("text/html");
            assertThat(response.body().asString()).as(page).contains("<div id=\"app\">").contains("/assets/index-");
            String policy = response.header("Content-Security-Policy");
            assertThat(policy).contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
        }
    }

    @Test
    void theConsoleFilesAndSettingsAreServedAndTheApiStillNeedsAToken() {
        var index = http.get("/", BROWSER).body().asString();
        String script = index.replaceAll("(?s).*src=\"(/assets/[^\"]+\\.js)\".*", "$1");
        assertThat(http.get(script).status()).isEqualTo(200);

        var settings = http.get("/config.json");
        assertThat(settings.text("clientId")).isEqualTo("ascend-web");
        assertThat(settings.text("issuer")).isNotBlank();

        assertThat(http.get("/api/recruitment/schemes", BROWSER).status()).isEqualTo(401);
        assertThat(http.get("/applicant/../api/recruitment/schemes", BROWSER).status()).isIn(400, 401);
        assertThat(http.get("/not-a-console-page", BROWSER).status()).isEqualTo(401);
    }
}
