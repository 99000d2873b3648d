package org.ascend.platform.test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Tokens that must never get in, each named for the attack or mistake it stands for. Every one is
 * otherwise a valid programme-manager token, so only the named flaw can be the reason for a 401.
 */
public final class BadTokens {

    private BadTokens() {
    }

    /** Name to {@code Authorization} header value ({@code null}: no header at all). */
    public static Map<String, String> all() {
        Map<String, String> tokens = new LinkedHashMap<>();
        String valid = TestIdentity.token("programme-manager");
        tokens.put("no token", null);
        tokens.put("alg none", "Bearer " + unsigned(valid));
        tokens.put("HS256 signed with the RSA public key", "Bearer " + hmacWithPublicKey(valid));
        tokens.put("wrong issuer", bearer(c -> c.issuer("https://evil.example")));
        tokens.put("wrong audience", bearer(c -> c.audience("someone-else")));
        tokens.put("expired beyond skew", bearer(c -> c.expirationTime(Date.from(Instant.now().minusSeconds(300)))));
        tokens.put("not yet valid", bearer(c -> c.notBeforeTime(Date.from(Instant.now().plusSeconds(300)))));
        tokens.put("tampered signature", "Bearer " + tampered(valid));
        tokens.put("unknown key id", "Bearer " + TestIdentity.sign(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("unknown-key").build(),
                claimsOf(valid), TestIdentity.otherKey("unknown-key")));
        tokens.put("not a JWT", "Bearer not-a-jwt");
        return tokens;
    }

    private static String bearer(java.util.function.Consumer<JWTClaimsSet.Builder> flaw) {
        return "Bearer " + TestIdentity.token("programme-manager", flaw);
    }

    private static String unsigned(String valid) {
        String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        return header + "." + valid.split("\\.")[1] + ".";
    }

    /** The classic key-confusion attack: an HMAC keyed with the (public) RSA key. */
    private static String hmacWithPublicKey(String valid) {
        try {
            byte[] secret = TestIdentity.publicKeyBytes();
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(TestIdentity.KEY_ID).build(),
                    claimsOf(valid));
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Same signature, but the payload now claims the platform-admin role. */
    private static String tampered(String valid) {
        String[] parts = valid.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("programme-manager", "platform-admin");
        return parts[0] + "." + base64(payload) + "." + parts[2];
    }

    private static JWTClaimsSet claimsOf(String jwt) {
        try {
            return SignedJWT.parse(jwt).getJWTClaimsSet();
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
