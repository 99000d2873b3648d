package org.ascend.cohort.coaching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ascend.cohort.coaching.StableMatching.Coach;
import org.ascend.cohort.coaching.StableMatching.Conflict;
import org.ascend.cohort.coaching.StableMatching.Pair;
import org.ascend.cohort.coaching.StableMatching.Participant;
import org.ascend.cohort.coaching.StableMatching.Result;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coach matching over random cohorts, pools, preferences and declared conflicts (docs/cohorts.md): never a
 * forbidden pair, never over capacity, stable, and the same whatever order the inputs come in.
 */
class StableMatchingPropertiesTest {

    private static final List<String> ORGANISATIONS = List.of("RR8", "RJ1", "RWE", "RXF", "RGT");
    private static final List<String> SPECIALISMS = List.of("finance", "culture", "system-working", "board", "digital");

    record Scenario(List<Participant> participants, List<Coach> coaches, Set<Conflict> conflicts, long seed) {
    }

    @Property(tries = 400)
    void neverASameOrganisationOrConflictedPair(@ForAll("scenarios") Scenario s) {
        Result result = StableMatching.match(s.participants(), s.coaches(), s.conflicts());
        Map<String, Participant> participants = byId(s.participants());
        Map<String, Coach> coaches = coachesById(s.coaches());
        assertThat(result.pairs()).allSatisfy(pair -> {
            assertThat(participants.get(pair.participantId()).organisationCode()).as(pair + ": same organisation")
                    .isNotEqualTo(coaches.get(pair.coachId()).organisationCode());
            assertThat(s.conflicts()).as(pair + ": declared conflict")
                    .doesNotContain(new Conflict(pair.participantId(), pair.coachId()));
        });
    }

    @Property(tries = 400)
    void neverOverACoachsCapacityAndEveryoneOnce(@ForAll("scenarios") Scenario s) {
        Result result = StableMatching.match(s.participants(), s.coaches(), s.conflicts());
        Map<String, Integer> load = new HashMap<>();
        result.pairs().forEach(pair -> load.merge(pair.coachId(), 1, Integer::sum));
        s.coaches().forEach(c -> assertThat(load.getOrDefault(c.id(), 0)).as(c.id()).isLessThanOrEqualTo(c.capacity()));
        List<String> placed = new ArrayList<>(result.pairs().stream().map(Pair::participantId).toList());
        placed.addAll(result.unmatched());
        assertThat(placed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(byId(s.participants()).keySet());
    }

    @Property(tries = 400)
    void stableNoParticipantAndCoachBothPreferEachOther(@ForAll("scenarios") Scenario s) {
        Result result = StableMatching.match(s.participants(), s.coaches(), s.conflicts());
        Map<String, String> coachOf = new HashMap<>();
        result.pairs().forEach(pair -> coachOf.put(pair.participantId(), pair.coachId()));
        Map<String, List<Participant>> heldBy = new HashMap<>();
        Map<String, Participant> participants = byId(s.participants());
        result.pairs().forEach(pair -> heldBy.computeIfAbsent(pair.coachId(), k -> new ArrayList<>()).add(participants.get(pair.participantId())));
        Map<String, Coach> coaches = coachesById(s.coaches());
        List<Coach> sortedCoaches = s.coaches().stream().sorted(java.util.Comparator.comparing(Coach::id)).toList();
        for (Participant p : s.participants()) {
            List<String> order = StableMatching.preferenceList(p, sortedCoaches, coaches, s.conflicts());
            String mine = coachOf.get(p.id());
            int myRank = mine == null ? Integer.MAX_VALUE : order.indexOf(mine);
            for (String better : order.subList(0, Math.min(myRank, order.size()))) {
                Coach coach = coaches.get(better);
                List<Participant> held = heldBy.getOrDefault(better, List.of());
                boolean room = held.size() < coach.capacity();
                boolean wouldSwap = held.stream().anyMatch(h -> StableMatching.coachRanking(coach).compare(p, h) < 0);
                assertThat(room || wouldSwap).as(p.id() + " and " + better + " would both rather have each other").isFalse();
            }
        }
    }

    @Property(tries = 200)
    void theSameInputsInAnyOrderGiveTheSameResult(@ForAll("scenarios") Scenario s) {
        Result first = StableMatching.match(s.participants(), s.coaches(), s.conflicts());
        List<Participant> participants = new ArrayList<>(s.participants());
        List<Coach> coaches = new ArrayList<>(s.coaches());
        Collections.shuffle(participants, new Random(s.seed()));
        Collections.shuffle(coaches, new Random(s.seed() + 1));

        assertThat(StableMatching.match(participants, coaches, s.conflicts())).isEqualTo(first);
    }

    @Property(tries = 200)
    void everyoneGetsACoachWhenNothingForbidsItAndThereIsRoom(@ForAll("openScenarios") Scenario s) {
        Result result = StableMatching.match(s.participants(), s.coaches(), s.conflicts());

        assertThat(result.unmatched()).isEmpty();
        assertThat(result.pairs()).hasSize(s.participants().size()).allSatisfy(pair -> assertThat(pair.reason()).isNotBlank());
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return scenario(ORGANISATIONS);
    }

    /** Coaches from an organisation no participant works for, no conflicts, and capacity for everyone. */
    @Provide
    Arbitrary<Scenario> openScenarios() {
        return scenario(List.of("RR8", "RJ1")).map(s -> {
            List<Coach> coaches = s.coaches().stream().map(c -> new Coach(c.id(), "X" + c.organisationCode(),
                    Math.max(c.capacity(), s.participants().size()), c.specialisms())).toList();
            return new Scenario(s.participants(), coaches, Set.of(), s.seed());
        });
    }

    private static Arbitrary<Scenario> scenario(List<String> organisations) {
        Arbitrary<Integer> participantCount = Arbitraries.integers().between(1, 20);
        Arbitrary<Integer> coachCount = Arbitraries.integers().between(1, 8);
        return Combinators.combine(participantCount, coachCount, Arbitraries.longs()).flatAs((np, nc, seed) -> {
            Random random = new Random(seed);
            List<Coach> coaches = new ArrayList<>();
            for (int i = 0; i < nc; i++) {
                coaches.add(new Coach("coach-" + i, organisations.get(random.nextInt(organisations.size())), 1 + random.nextInt(4),
                        someOf(SPECIALISMS, random)));
            }
            List<Participant> participants = new ArrayList<>();
            Set<Conflict> conflicts = new HashSet<>();
            for (int i = 0; i < np; i++) {
                List<String> preferences = new ArrayList<>();
                for (int k = 0; k < random.nextInt(4); k++) {
                    preferences.add("coach-" + random.nextInt(nc));
                }
                String id = "participant-" + i;
                participants.add(new Participant(id, organisations.get(random.nextInt(organisations.size())), preferences,
                        someOf(SPECIALISMS, random)));
                if (random.nextInt(5) == 0) {
                    conflicts.add(new Conflict(id, "coach-" + random.nextInt(nc)));
                }
            }
            return Arbitraries.just(new Scenario(participants, coaches, conflicts, seed));
        });
    }

    private static Set<String> someOf(List<String> all, Random random) {
        Set<String> some = new HashSet<>();
        all.forEach(s -> {
            if (random.nextBoolean()) {
                some.add(s);
            }
        });
        return some;
    }

    private static Map<String, Participant> byId(List<Participant> participants) {
        Map<String, Participant> byId = new HashMap<>();
        participants.forEach(p -> byId.put(p.id(), p));
        return byId;
    }

    private static Map<String, Coach> coachesById(List<Coach> coaches) {
        Map<String, Coach> byId = new HashMap<>();
        coaches.forEach(c -> byId.put(c.id(), c));
        return byId;
    }
}
