package org.ascend.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one fault did: submissions acknowledged, what each read model shows against them, the answers clients met, and
 * how long recovery took: from the fault until the part was ready again and its consumer consuming again, and from
 * the last acknowledgement until every read model held every acknowledged write; and the scoring stream beside it. A
 * null time: not applicable.
 */
record FaultOutcome(FaultSuiteTest.Fault fault, int acknowledged, Map<String, ReadModels.Tally> tallies,
        Map<Integer, Integer> statuses, List<String> failed, Duration ready, Duration consuming, Duration caughtUp,
        SteadyScoring.Outcome scoring) {

    static String table(List<FaultOutcome> outcomes, int perSecond, int sheetsPerSecond) {
        var table = new StringBuilder("\nFault suite: " + perSecond + " submissions/s through the gateway, each retried "
                + "with its Idempotency-Key until acknowledged, and " + sheetsPerSecond + " score sheet/s saved and submitted by "
                + "assessors, each step sent again until answered\n\n")
                .append("| fault | acknowledged | lost (rec/asm/rep) | doubled | answers met | ready again | consuming again | read models complete after the last acknowledgement | sheets acknowledged | sheets lost / doubled | scorers' answers met |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (FaultOutcome o : outcomes) {
            table.append("| ").append(o.fault().name())
                    .append(" | ").append(o.acknowledged())
                    .append(" | ").append(o.tallies().values().stream().map(t -> String.valueOf(t.lost())).collect(Collectors.joining("/")))
                    .append(" | ").append(o.tallies().values().stream().mapToInt(t -> t.duplicated() + t.unacknowledged()).sum())
                    .append(" | ").append(answers(o.statuses()))
                    .append(" | ").append(seconds(o.ready()))
                    .append(" | ").append(seconds(o.consuming()))
                    .append(" | ").append(seconds(o.caughtUp()))
                    .append(" | ").append(o.scoring().acknowledged())
                    .append(" | ").append(o.scoring().tally().lost()).append(" / ")
                    .append(o.scoring().tally().duplicated() + o.scoring().tally().unacknowledged())
                    .append(" | ").append(answers(o.scoring().statuses())).append(" |\n");
        }
        return table.toString();
    }

    private static String answers(Map<Integer, Integer> statuses) {
        return statuses.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> (e.getKey() == 0 ? "no connection" : e.getKey()) + "×" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String seconds(Duration duration) {
        return duration == null ? "-" : String.format("%.1f s", duration.toMillis() / 1000.0);
    }
}
