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

    @Test
    void regionalSystemsGetAMachineToken() throws Exception {
        JsonNode claims = claims(token("regional-system", "regional-demo"));
        assertThat(claims.path("sub").asString()).isEqualTo("regional-system");
        assertThat(claims.path("roles").get(0).asString()).isEqualTo("regional-system");
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
