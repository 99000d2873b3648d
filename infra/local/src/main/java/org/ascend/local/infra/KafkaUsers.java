package org.ascend.local.infra;

import org.ascend.kafka.tools.KafkaAcls;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The local broker's SASL users: an admin, one principal per service and one for regional systems
 * (the principals {@link KafkaAcls} grants to). Passwords are random, made on the first start and kept
 * (owner-readable only) beside the broker's data, so {@code ./ascend kafka-client <user>} can print them.
 */
public final class KafkaUsers {

    public static final String ADMIN = "admin";
    public static final List<String> USERS = List.of(ADMIN, "recruitment-service", KafkaAcls.ASSESSMENT,
            "cohort-service", KafkaAcls.REPORTING, KafkaAcls.REGIONAL_SYSTEM);

    private KafkaUsers() {
    }

    /** The users and passwords in {@code file}, made (and saved) if it does not exist yet. */
    public static KafkaSecurity loadOrCreate(Path file) {
        try {
            Properties saved = new Properties();
            if (Files.exists(file)) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    saved.load(reader);
                }
            }
            Map<String, String> passwords = new LinkedHashMap<>();
            var random = new SecureRandom();
            for (String user : USERS) {
                passwords.put(user, saved.getProperty(user, newPassword(random)));
                saved.setProperty(user, passwords.get(user));
            }
            Files.createDirectories(file.getParent());
            try (Writer writer = Files.newBufferedWriter(file)) {
                saved.store(writer, "SASL/PLAIN users of the local Kafka broker (./ascend kafka-client <user> prints a client config)");
            }
            restrictToOwner(file);
            return new KafkaSecurity(ADMIN, passwords);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write " + file, e);
        }
    }

    private static String newPassword(SecureRandom random) {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: nothing more to do
        }
    }
}
