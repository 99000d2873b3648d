package org.ascend.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ASCEND_ISSUER=http://127.0.0.1:9000")
class IdentityProviderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Test
    void demoUserTokensCarryRolesRegionOrganisationAndTheAscendAudience() throws Exception {
        JsonNode claims = claims(token("demo-regional-lead-y62", "demo"));

        assertThat(claims.path("sub").asString()).isEqualTo("regional-lead-y62");
        assertThat(claims.path("iss").asString()).isEqualTo("http://127.0.0.1:9000");
        JsonNode audience = claims.path("aud"); // a single audience may be a string or a one-element array
        assertThat(audience.isArray() ? audience.get(0).asString() : audience.asString()).isEqualTo("ascend");
        assertThat(claims.path("roles").get(0).asString()).isEqualTo("regional-lead");
        assertThat(claims.path("region").asString()).isEqualTo("Y62");

        JsonNode applicant = claims(token("demo-applicant", "demo"));
        assertThat(applicant.path("roles").get(0).asString()).isEqualTo("applicant");
        assertThat(applicant.path("organisation").asString()).isEqualTo("RR8");
    }

    @Test
    void everyRoleHasADemoUser() {
        for (String role : new String[] {"applicant", "sponsor", "assessor", "moderator", "programme-manager",
                "regional-lead", "analyst", "platform-admin"}) {
            assertThat(DemoUsers.find(role)).as(role).hasValueSatisfying(user -> assertThat(user.roles()).contains(role));
        }
        assertThat(DemoUsers.ALL.stream().filter(u -> u.roles().contains("regional-lead")).map(DemoUser::region))
                .containsAll(DemoUsers.REGIONS.keySet());
    }

    /** The token names its signing key, and the JWKS publishes it (public parts only), so services can verify it. */
    @Test
    void tokensNameTheirKeyAndTheKeySetPublishesIt() throws Exception {
        String token = token("demo-analyst", "demo");
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))));
        String jwks = HTTP.send(HttpRequest.newBuilder(uri("/oauth2/jwks")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(JSON.readTree(jwks).path("keys").findValuesAsString("kid")).contains(header.path("kid").asString());
        assertThat(jwks).doesNotContain("\"d\"", "\"p\"", "\"q\"");
    }

    @Test
    void regionalSystemsGetAMachineToken() throws Exception {
        JsonNode claims = claims(token("regional-system", "regional-demo"));
        assertThat(claims.path("sub").asString()).isEqualTo("regional-system");
        assertThat(claims.path("roles").get(0).asString()).isEqualTo("regional-system");
    }

    @Test
    void benchmarksGetAsManyDistinctApplicantsAsTheyAskFor() throws Exception {
        for (int n : new int[] {1, 4321}) {
            JsonNode claims = claims(token("demo-bench-applicant-" + n, "demo"));
            assertThat(claims.path("sub").asString()).isEqualTo("bench-applicant-" + n);
            assertThat(claims.path("roles").get(0).asString()).isEqualTo("applicant");
        }
        assertThat(tokenResponse("demo-bench-applicant-7", "wrong").statusCode()).isEqualTo(401);
        assertThat(tokenResponse("demo-bench-applicant-x", "demo").statusCode()).isEqualTo(401);
        assertThat(tokenResponse("demo-bench-platform-admin", "demo").statusCode()).isEqualTo(401);
    }

    @Test
    void aWrongSecretGetsNoToken() throws Exception {
        assertThat(tokenResponse("demo-platform-admin", "wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void publishesOpenIdDiscoveryAndRefusesAWebLoginWithoutPkce() throws Exception {
        var discovery = HTTP.send(HttpRequest.newBuilder(uri("/.well-known/openid-configuration")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(discovery.body()).path("jwks_uri").asString()).endsWith("/oauth2/jwks");

        var withoutPkce = HTTP.send(HttpRequest.newBuilder(uri("/oauth2/authorize?response_type=code&client_id=ascend-web"
                + "&scope=openid&redirect_uri=http://127.0.0.1:8080/login/oauth2/code/ascend")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withoutPkce.statusCode()).isIn(302, 400);
        if (withoutPkce.statusCode() == 302) {
            assertThat(withoutPkce.headers().firstValue("Location").orElseThrow()).contains("error=invalid_request");
        }
    }

    @Test
    void aPersonSignsInThroughTheBrowserFlowWithPkce() throws Exception {
        var browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                java.security.MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String redirect = "http://127.0.0.1:8080/swagger-ui/oauth2-redirect.html";
        URI authorize = uri("/oauth2/authorize?response_type=code&client_id=ascend-web&scope=openid&state=s1"
                + "&redirect_uri=" + redirect + "&code_challenge=" + challenge + "&code_challenge_method=S256");

        var toLogin = browser.send(HttpRequest.newBuilder(authorize).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(toLogin.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        String loginPage = browser.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        String csrf = loginPage.replaceAll("(?s).*name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\".*", "$1");
        browser.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=regional-lead-y61&password=demo&_csrf=" + csrf)).build(),
                HttpResponse.BodyHandlers.discarding());
        String back = browser.send(HttpRequest.newBuilder(authorize).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.discarding()).headers().firstValue("Location").orElseThrow();
        assertThat(back).startsWith(redirect + "?code=");
        String code = back.replaceAll(".*code=([^&]+).*", "$1");

        var exchange = HTTP.send(HttpRequest.newBuilder(uri("/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&client_id=ascend-web&code=" + code
                        + "&redirect_uri=" + redirect + "&code_verifier=" + verifier)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(exchange.statusCode()).as(exchange.body()).isEqualTo(200);
        JsonNode claims = claims(JSON.readTree(exchange.body()).path("access_token").asString());
        assertThat(claims.path("sub").asString()).isEqualTo("regional-lead-y61");
        assertThat(claims.path("region").asString()).isEqualTo("Y61");
        assertThat(claims.path("roles").get(0).asString()).isEqualTo("regional-lead");

        var withoutVerifier = HTTP.send(HttpRequest.newBuilder(uri("/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&client_id=ascend-web&code=" + code
                        + "&redirect_uri=" + redirect)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withoutVerifier.statusCode()).isIn(400, 401);
    }

    private String token(String clientId, String secret) throws Exception {
        var response = tokenResponse(clientId, secret);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("access_token").asString();
    }

    private HttpResponse<String> tokenResponse(String clientId, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(uri("/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode claims(String jwt) {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
