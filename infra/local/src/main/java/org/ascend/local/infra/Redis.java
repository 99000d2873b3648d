package org.ascend.local.infra;

import java.io.IOException;
import java.io.UncheckedIOException;

import redis.embedded.RedisServer;

/** A real Redis server binary (shipped inside the embedded-redis artifact), on loopback only. */
public final class Redis implements AutoCloseable {

    private final RedisServer server;

    private Redis(RedisServer server) {
        this.server = server;
    }

    public static Redis start(int port) {
        try {
            RedisServer server = RedisServer.newRedisServer().bind("127.0.0.1").port(port)
                    .setting("save \"\"").setting("appendonly no").build();
            server.start();
            return new Redis(server);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Redis on port " + port, e);
        }
    }

    /** The redis-server process this JVM started (embedded-redis does not say), or -1. */
    public long pid() {
        return ProcessHandle.current().descendants()
                .filter(child -> child.info().command().map(command -> command.contains("redis")).orElse(false))
                .mapToLong(ProcessHandle::pid).findFirst().orElse(-1);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
