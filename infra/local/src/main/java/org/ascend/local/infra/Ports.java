package org.ascend.local.infra;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;

/** Small helpers about loopback ports. */
public final class Ports {

    private Ports() {
    }

    public static boolean listening(int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Waits until something listens on the port, or fails with what to look at. */
    public static void awaitListening(int port, Duration timeout, String what, Process process) {
        Instant deadline = Instant.now().plus(timeout);
        while (!listening(port)) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException(what + " exited with code " + process.exitValue() + " before listening on " + port);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(what + " did not listen on port " + port + " within " + timeout.toSeconds() + " s");
            }
            sleep(200);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
