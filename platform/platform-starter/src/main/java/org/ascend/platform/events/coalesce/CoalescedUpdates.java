package org.ascend.platform.events.coalesce;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Figures that many changes feed, published as one update per interval and only when they differ (docs/events.md):
 * <ol>
 * <li>each change {@link #mark}s the keys it may have moved, in its own transaction;</li>
 * <li>a scheduled job (one instance at a time) {@link #take}s the marked keys of its stream, works each key's figures
 * out afresh, and publishes an event only if {@link #changed} gives it a version, all in one transaction, so a
 * failure leaves the keys marked and nothing half-published.</li>
 * </ol>
 * A stream names one kind of figures, e.g. {@code statistics}; a key what they are of, e.g. an intake and a region.
 */
public class CoalescedUpdates {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public CoalescedUpdates(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The figures of {@code key} may have changed: look at them at the next publication. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void mark(String stream, String key) {
        jdbc.sql("""
                INSERT INTO coalesced_pending (stream, key) VALUES (:stream, :key)
                ON CONFLICT (stream, key) DO UPDATE SET marked_at = now()""").param("stream", stream).param("key", key).update();
    }

    /** Takes every marked key of {@code stream}; inside the publication's transaction, so a failure puts them back. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> take(String stream) {
        return jdbc.sql("DELETE FROM coalesced_pending WHERE stream = :stream RETURNING key").param("stream", stream)
                .query(String.class).list();
    }

    /**
     * The version to publish {@code figures} under (1, 2, 3… per key), recorded as published; empty when they are
     * what was last published for the key (compared as JSON), so nothing need go out.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public OptionalLong changed(String stream, String key, Object figures) {
        String checksum = sha256(json.writeValueAsString(figures));
        List<Long> version = jdbc.sql("""
                INSERT INTO coalesced_published (stream, key, checksum, version) VALUES (:stream, :key, :checksum, 1)
                ON CONFLICT (stream, key) DO UPDATE SET checksum = EXCLUDED.checksum,
                    version = coalesced_published.version + 1, published_at = now()
                WHERE coalesced_published.checksum <> EXCLUDED.checksum
                RETURNING version""").param("stream", stream).param("key", key).param("checksum", checksum)
                .query(Long.class).list();
        return version.isEmpty() ? OptionalLong.empty() : OptionalLong.of(version.get(0));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
