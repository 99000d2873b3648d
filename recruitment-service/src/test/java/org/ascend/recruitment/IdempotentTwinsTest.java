package org.ascend.recruitment;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.ascend.platform.idempotency.IdempotentRequests;
import org.ascend.platform.problem.ApiProblem;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two requests with the same Idempotency-Key at the same moment (a client's retry racing its first send): the one
 * that stores its answer second must change nothing and say plainly to send again, not "Already exists".
 */
class IdempotentTwinsTest extends ServiceIntegrationTest {

    @Autowired
    IdempotentRequests idempotent;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theTwinThatLosesTheRaceChangesNothingAndSaysToSendAgain() throws Exception {
        String key = UUID.randomUUID().toString();
        String effect = UUID.randomUUID().toString(); // what the slower twin writes before storing its answer
        var slowerActing = new CountDownLatch(1);
        var fasterDone = new CountDownLatch(1);

        var slower = CompletableFuture.supplyAsync(() -> idempotent.once("twins", key, Map.of("n", 1), Map.class, () -> {
            jdbc.sql("INSERT INTO idempotency_record (scope, key, request_hash, status, created_at)"
                    + " VALUES ('twins-effect', :key, '-', 200, now())").param("key", effect).update();
            slowerActing.countDown();
            await(fasterDone);
            return ResponseEntity.ok(Map.of("by", "slower"));
        }));
        await(slowerActing);
        var faster = idempotent.once("twins", key, Map.of("n", 1), Map.class, () -> ResponseEntity.ok(Map.of("by", "faster")));
        fasterDone.countDown();

        assertThat(faster.getBody()).containsEntry("by", "faster");
        assertThat(slower).failsWithin(30, TimeUnit.SECONDS).withThrowableThat().havingRootCause()
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.status().value()).isEqualTo(409);
                    assertThat(problem.slug()).isEqualTo("idempotency-key-in-use");
                    assertThat(problem.getMessage()).contains("Send it again with the same key");
                });
        assertThat(jdbc.sql("SELECT count(*) FROM idempotency_record WHERE scope = 'twins-effect' AND key = :key")
                .param("key", effect).query(Long.class).single()).as("the slower twin's effect, rolled back").isZero();
        var resent = idempotent.once("twins", key, Map.of("n", 1), Map.class, () -> ResponseEntity.ok(Map.of("by", "resend")));
        assertThat(resent.getBody()).as("sent again: the answer stored").containsEntry("by", "faster");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
