package org.ascend.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * An issuer for tests: an RSA key whose public half is served as a JWKS over HTTP (services fetch
 * it exactly as they fetch the real provider's), and tokens minted like the real provider's, per role.
 * Bad-token tests adjust the claims or header of {@link #token(String, Consumer)}.
 */
public final class TestIdentity {

    public static final String ISSUER = "http://127.0.0.1:9000";
    public static final String KEY_ID = "test-key-1";

    private static final RSAKey KEY = generateKey();
    private static String jwksUri;
    private static final java.util.concurrent.atomic.AtomicInteger JWKS_FETCHES = new java.util.concurrent.atomic.AtomicInteger();

    private TestIdentity() {
    }

    /** A valid access token for the demo user of {@code role}, as the local provider issues it. */
    public static String token(String role) {
        return token(role, claims -> { });
    }

    /** A token for an applicant nobody else is: each call is a different person. */
    public static String newApplicantToken() {
        return token("applicant", claims -> claims.subject("applicant-" + java.util.UUID.randomUUID()));
    }

    /** A token for {@code role} after {@code adjust} changed its claims: for tests of bad tokens. */
    public static String token(String role, Consumer<JWTClaimsSet.Builder> adjust) {
        Instant now = Instant.now();
        var claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER).subject(role).audience("ascend")
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(10))))
                .claim("roles", List.of(role));
        if (role.equals("regional-lead") || role.equals("applicant")) {
            claims.claim("region", "Y63");
        }
        adjust.accept(claims);
        return sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID).build(), claims.build(), KEY);
    }

    /** Signs with any key and header, e.g. an unknown key id or another key pair. */
    public static String sign(JWSHeader header, JWTClaimsSet claims, RSAKey key) {
        try {
            var jwt = new SignedJWT(header, claims);
            jwt.sign(new RSASSASigner(key.toRSAPrivateKey()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The encoded public key, as an attacker could fetch it from the JWKS. */
    static byte[] publicKeyBytes() {
        try {
            return KEY.toRSAPublicKey().getEncoded();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh key nobody trusts. */
    public static RSAKey otherKey(String keyId) {
        return rsaKey(keyId);
    }

    /** The URL of the JWKS, served from this test JVM (started on first use). */
    public static synchronized String jwksUri() {
        if (jwksUri == null) {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                byte[] jwks = new JWKSet(KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
                server.createContext("/oauth2/jwks", exchange -> {
                    JWKS_FETCHES.incrementAndGet();
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    // No keep-alive: a pooled client connection the server has meanwhile dropped could hang a fetch.
                    exchange.getResponseHeaders().set("Connection", "close");
                    exchange.sendResponseHeaders(200, jwks.length);
                    exchange.getResponseBody().write(jwks);
                    exchange.close();
                });
                // Client credentials for service-to-service calls: any client gets a 'service' token naming it
                // (a stand-in; the real identity provider checks the secret).
                server.createContext("/oauth2/token", exchange -> {
                    String basic = exchange.getRequestHeaders().getFirst("Authorization");
                    String client = basic == null ? "service" : new String(java.util.Base64.getDecoder()
                            .decode(basic.substring("Basic ".length())), StandardCharsets.UTF_8).split(":")[0];
                    byte[] body = ("{\"access_token\":\"" + token("service", c -> c.subject(client))
                            + "\",\"token_type\":\"Bearer\",\"expires_in\":600}").getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.getResponseHeaders().set("Connection", "close");
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                    exchange.close();
                });
                server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(runnable -> {
                    Thread thread = new Thread(runnable, "test-jwks");
                    thread.setDaemon(true);
                    return thread;
                }));
                server.start();
                jwksUri = "http://127.0.0.1:" + server.getAddress().getPort() + "/oauth2/jwks";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return jwksUri;
    }

    /** How many times the JWKS has been fetched from this JVM's issuer. */
    public static int jwksFetches() {
        return JWKS_FETCHES.get();
    }

    /** Spring properties pointing a service or the gateway at this issuer (and its token endpoint, for clients). */
    public static Map<String, String> resourceServerProperties() {
        return Map.of("spring.security.oauth2.resourceserver.jwt.issuer-uri", ISSUER,
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", jwksUri(),
                "spring.security.oauth2.client.provider.ascend.token-uri", jwksUri().replace("/oauth2/jwks", "/oauth2/token"));
    }

    private static RSAKey generateKey() {
        return rsaKey(KEY_ID);
    }

    private static RSAKey rsaKey(String keyId) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(keyId).build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
