package org.ascend.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.ascend.platform.problem.ApiProblem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Honours the {@code Idempotency-Key} header (docs/architecture.md): the first request's response is stored
 * in the same transaction as its effect, and a retry with the same key and body gets that response
 * again instead of a second effect. The same key with a different body is refused. Each stored
 * response is keyed to the caller who made it ({@code subject}), so an erasure removes that person's
 * stored responses ({@link #forget}); the rest are purged after a day (docs/architecture.md).
 */
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID_KEY = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public IdempotentRequests(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Runs {@code action} once per (scope, key). Without a key the action simply runs.
     * The response body type must round-trip through JSON.
     */
    @Transactional
    public <T> ResponseEntity<T> once(String scope, String key, Object request, Class<T> bodyType,
            Supplier<ResponseEntity<T>> action) {
        if (key == null) {
            return action.get();
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-idempotency-key", "Invalid Idempotency-Key",
                    "Idempotency-Key must be 8-128 characters of letters, digits, '.', '_', ':' or '-'; a UUID is ideal.");
        }
        String fingerprint = fingerprint(request);
        Optional<StoredResponse> stored = jdbc.sql("""
                SELECT request_hash, status, body FROM idempotency_record WHERE scope = :scope AND key = :key""")
                .param("scope", scope).param("key", key)
                .query((rs, n) -> new StoredResponse(rs.getString(1), rs.getInt(2), rs.getString(3)))
                .optional();
        if (stored.isPresent()) {
            if (!stored.get().requestHash().equals(fingerprint)) {
                throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "Idempotency-Key reused",
                        "This Idempotency-Key was already used for a different request. Use a new key for a new request.");
            }
            return ResponseEntity.status(stored.get().status())
                    .header("Idempotent-Replayed", "true")
                    .body(json.readValue(stored.get().body(), bodyType));
        }
        ResponseEntity<T> response = action.get();
        try {
            jdbc.sql("""
                    INSERT INTO idempotency_record (scope, key, subject, request_hash, status, body, created_at)
                    VALUES (:scope, :key, :subject, :hash, :status, CAST(:body AS jsonb), now())""")
                    .param("scope", scope).param("key", key).param("subject", callerSubject()).param("hash", fingerprint)
                    .param("status", response.getStatusCode().value())
                    .param("body", json.writeValueAsString(response.getBody()))
                    .update();
        } catch (DuplicateKeyException concurrentTwin) {
            // A twin with the same key committed first: this one's effect rolls back with the exception.
            throw new ApiProblem(HttpStatus.CONFLICT, "idempotency-key-in-use", "Request already under way",
                    "Another request with this Idempotency-Key was handled at the same moment, and nothing was changed by"
                            + " this one. Send it again with the same key to get that request's answer.");
        }
        return response;
    }

    /** Forgets every stored response to {@code subject}'s requests (erasure: they hold what the person sent). */
    @Transactional
    public int forget(String subject) {
        return jdbc.sql("DELETE FROM idempotency_record WHERE subject = :subject").param("subject", subject).update();
    }

    private static String callerSubject() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller == null ? null : caller.getName();
    }

    private String fingerprint(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record StoredResponse(String requestHash, int status, String body) {
    }
}
