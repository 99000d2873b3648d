package org.ascend.gateway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.ascend.platform.test.Http;
import org.ascend.platform.test.TestIdentity;
import org.ascend.platform.test.TestInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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

    /**
     * Every page the console routes to (read from its router, web-console/src/main.tsx, with each parameter filled
     * in): a page missing here would answer a reload or a link with the API's 401 instead of the console.
     */
    static List<String> consolePages() throws IOException {
        String router = Files.readString(Path.of("..", "web-console", "src", "main.tsx"));
        List<String> pages = Pattern.compile("<Route path=\"([^\"]+)\"").matcher(router).results()
                .map(route -> route.group(1).replaceAll(":[A-Za-z]+", "3f1c")).toList();
        assertThat(pages).as("the console's routes").hasSizeGreaterThan(20).contains("/", "/applicant");
        return pages;
    }

    @ParameterizedTest
    @MethodSource("consolePages")
    void eachConsoleAddressOpenedInABrowserGetsTheConsoleUnderAStrictPolicy(String page) {
        var response = http.get(page, BROWSER);
        assertThat(response.status()).as(page).isEqualTo(200);
        assertThat(response.contentType()).as(page).startsWith("text/html");
        assertThat(response.body().asString()).as(page).contains("<div id=\"app\">").contains("/assets/index-");
        // HEAD gets the same headers as GET, so the same policy.
        for (var answer : List.of(response, http.send("HEAD", page, BROWSER))) {
            assertThat(answer.status()).as(page).isEqualTo(200);
            assertThat(answer.header("Content-Security-Policy")).as(page)
                    .contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
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
