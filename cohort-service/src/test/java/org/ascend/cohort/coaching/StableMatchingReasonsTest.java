package org.ascend.cohort.coaching;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each pair says why it was made, in words that are true for that participant. */
class StableMatchingReasonsTest {

    @Test
    void theReasonSaysWhetherAPreferenceWasMetNoneWasStatedOrNoneCouldBe() {
        var coaches = List.of(new StableMatching.Coach("c1", "RX1", 1, Set.of("board")),
                new StableMatching.Coach("c2", "RX2", 2, Set.of("finance")));
        var participants = List.of(
                new StableMatching.Participant("p1", "RJ1", List.of("c1"), Set.of("board")),
                new StableMatching.Participant("p2", "RJ2", List.of(), Set.of("finance")),
                new StableMatching.Participant("p3", "RJ3", List.of("c1"), Set.of()));

        Map<String, String> reasons = StableMatching.match(participants, coaches, Set.of()).pairs().stream()
                .collect(Collectors.toMap(StableMatching.Pair::participantId, StableMatching.Pair::reason));

        assertThat(reasons.get("p1")).isEqualTo("Your preference 1; shared specialisms: board.");
        assertThat(reasons.get("p2")).isEqualTo("No preferences stated; the best fit among coaches with room: shared specialisms: finance.");
        assertThat(reasons.get("p3")).startsWith("None of your preferences could take you");
    }
}
