package org.ascend.local;

import java.nio.file.Files;
import java.nio.file.Path;

import org.ascend.local.infra.Ports;
import org.ascend.local.infra.Postgres;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A start that fails part-way leaves nothing running: the database and the broker start side by side, and when the
 * database fails the broker already up must be stopped too (it was left running, holding its ports, so the next
 * {@code ./ascend up} found them busy).
 */
class LocalStackStartFailureTest {

    @Test
    void theBrokerIsStoppedWhenTheDatabaseFailsToStart() throws Exception {
        Path home = Files.createTempDirectory("ascend-start-failure");
        var layout = new LocalLayout(home, home);
        Files.createDirectories(layout.data());
        Files.writeString(layout.data().resolve("postgres"), "a file where the database's folder should be");
        var stack = new LocalStack(layout, false, Postgres.Durability.FAST_UNSAFE);

        assertThatThrownBy(stack::start).hasMessageContaining("PostgreSQL");
        stack.stop();

        assertThat(Ports.listening(LocalPorts.KAFKA)).as("the broker's port after the failed start").isFalse();
        assertThat(Ports.listening(LocalPorts.KAFKA_CONTROLLER)).as("the broker's controller port").isFalse();
    }
}
