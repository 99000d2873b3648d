package org.ascend.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ascend.platform.test.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test ({@code bench/visible.sh [rate] [seconds]}): applications submitted through the gateway at a
 * fixed offered rate, and for each the time from its acknowledgement until reporting counts it (its row in the funnel's
 * read model, which the funnel API counts), as percentiles. The row is looked for every 50 ms, so figures are
 * within 50 ms.
 */
@ExtendWith(LocalPlatform.Running.class)
class SubmissionToVisibleBenchmark {

    @Test
    void fromAcknowledgementToTheReportingCount() throws Exception {
        int rate = Integer.getInteger("bench.rate", 10);
        int seconds = Integer.getInteger("bench.seconds", 60);
        Http gateway = new Http(LocalPlatform.GATEWAY);
        String intake = SteadySubmissions.openIntake(gateway, LocalPlatform.token("programme-manager"),
                "Submission to visible: benchmark");
        List<String> applicants = ApplicantTokens.fetch(300_000, rate * seconds);

        Map<String, Instant> visibleAt = new HashMap<>();
        var submissions = new SteadySubmissions(gateway, intake, applicants).start(rate);
        Instant began = Instant.now();
        Instant giveUp = began.plusSeconds(seconds + 120L);
        while (visibleAt.size() < applicants.size() && Instant.now().isBefore(giveUp)) {
            Instant now = Instant.now();
            ReadModels.shown("reporting", intake).forEach(id -> visibleAt.putIfAbsent(id, now));
            PlatformParts.pause(50);
        }
        submissions.close();

        long[] millis = submissions.acknowledgedAt.entrySet().stream().filter(ack -> visibleAt.containsKey(ack.getKey()))
                .mapToLong(ack -> Math.max(0, Duration.between(ack.getValue(), visibleAt.get(ack.getKey())).toMillis()))
                .sorted().toArray();
        System.out.printf("%nSubmission to visible in reporting: %d a second offered for %d s; %d acknowledged, %d counted"
                + " (%d never within 2 min)%n", rate, seconds, submissions.acknowledged.size(), millis.length,
                submissions.acknowledged.size() - millis.length);
        System.out.printf("  p50 %6d ms   p95 %6d ms   p99 %6d ms   max %6d ms%n%n", percentile(millis, 0.50),
                percentile(millis, 0.95), percentile(millis, 0.99), millis.length == 0 ? -1 : millis[millis.length - 1]);
    }

    private static long percentile(long[] sorted, double q) {
        return sorted.length == 0 ? -1 : sorted[(int) Math.ceil(q * sorted.length) - 1];
    }
}
