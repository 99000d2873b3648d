package org.ascend.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The identity provider's token-signing keys (docs/identity.md): kept as JWK files in a directory, so a restart signs
 * with the same key and nobody is signed out; rotated once the newest is older than the rotation period, the retired
 * ones still published for one more period so tokens they signed stay valid until they expire.
 */
final class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private final Path directory;
    private final Duration rotation;
    private final Clock clock;

    SigningKeys(Path directory, Duration rotation, Clock clock) {
        this.directory = directory;
        this.rotation = rotation;
        this.clock = clock;
    }

    /** Every key still published, newest first, after rotating if the newest is due. */
    synchronized List<RSAKey> current() {
        List<RSAKey> keys = load();
        Instant now = clock.instant();
        if (keys.isEmpty() || keys.get(0).getIssueTime().toInstant().plus(rotation).isBefore(now)) {
            RSAKey fresh = generate(now);
            save(fresh);
            log.info("New token-signing key {} in {} ({} older kept)", fresh.getKeyID(), directory, keys.size());
            keys.add(0, fresh);
        }
        List<RSAKey> published = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            // A retired key is published until one rotation period after its successor took over.
            boolean stillValid = i == 0 || keys.get(i - 1).getIssueTime().toInstant().plus(rotation).isAfter(now);
            if (stillValid) {
                published.add(keys.get(i));
            } else {
                delete(keys.get(i));
            }
        }
        return published;
    }

    /** The key that signs now. */
    RSAKey signing() {
        return current().get(0);
    }

    /** What the JWKS endpoint serves and verifiers use. */
    JWKSet jwkSet() {
        return new JWKSet(new ArrayList<JWK>(current()));
    }

    private List<RSAKey> load() {
        try {
            Files.createDirectories(directory);
            try (Stream<Path> files = Files.list(directory)) {
                List<RSAKey> keys = new ArrayList<>();
                for (Path file : files.filter(f -> f.toString().endsWith(".jwk.json")).toList()) {
                    keys.add(RSAKey.parse(Files.readString(file)));
                }
                keys.sort(Comparator.comparing((RSAKey key) -> key.getIssueTime()).reversed());
                return keys;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signing keys in " + directory, e);
        } catch (ParseException e) {
            throw new IllegalStateException("A signing key in " + directory + " is not a JWK: " + e.getMessage(), e);
        }
    }

    private static RSAKey generate(Instant now) {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(now.toString().substring(0, 10) + "-"
                    + UUID.randomUUID().toString().substring(0, 8)).issueTime(java.util.Date.from(now)).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA key", e);
        }
    }

    private void save(RSAKey key) {
        Path file = directory.resolve(key.getKeyID() + ".jwk.json");
        try {
            Path partial = Files.createTempFile(directory, "key", ".tmp");
            try {
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the directory's own permissions guard it.
            }
            Files.writeString(partial, key.toJSONString());
            Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the signing key " + file, e);
        }
    }

    private void delete(RSAKey key) {
        try {
            Files.deleteIfExists(directory.resolve(key.getKeyID() + ".jwk.json"));
            log.info("Token-signing key {} retired", key.getKeyID());
        } catch (IOException e) {
            log.warn("Could not delete retired signing key {}", key.getKeyID(), e);
        }
    }
}
