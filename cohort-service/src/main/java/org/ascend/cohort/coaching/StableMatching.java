package org.ascend.cohort.coaching;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pairs participants with coaches by deferred acceptance (Gale–Shapley, participants proposing, coaches with
 * capacities), so no participant and coach would both rather have each other than what they got (docs/cohorts.md):
 * <ul>
 * <li>a pair is allowed only if participant and coach work for different organisations and neither declared a
 * conflict;</li>
 * <li>a participant's list is their preferences (up to three, in order), then every other allowed coach by fit;</li>
 * <li>a coach ranks participants by fit: shared specialisms first, then participant id (a documented, deterministic
 * tie-break);</li>
 * <li>the result depends only on the inputs, never on their order: both sides are sorted by id first.</li>
 * </ul>
 * Pure: no database, no clock, so it is tested on its own with generated inputs.
 */
public final class StableMatching {

    public record Participant(String id, String organisationCode, List<String> preferences, Set<String> interests) {
    }

    public record Coach(String id, String organisationCode, int capacity, Set<String> specialisms) {
    }

    /** A declared conflict: this participant and this coach must not be paired. */
    public record Conflict(String participantId, String coachId) {
    }

    /** A pair and why: the preference it met (1–3, or 0 when none could be met) and the specialisms they share. */
    public record Pair(String participantId, String coachId, int preferenceMet, List<String> sharedSpecialisms,
            String reason) {
    }

    /** The pairs, and participants no allowed coach had room for (only when capacity or conflicts run out). */
    public record Result(List<Pair> pairs, List<String> unmatched) {
    }

    private StableMatching() {
    }

    public static Result match(Collection<Participant> participantsIn, Collection<Coach> coachesIn,
            Collection<Conflict> conflictsIn) {
        List<Participant> participants = participantsIn.stream().sorted(Comparator.comparing(Participant::id)).toList();
        List<Coach> coaches = coachesIn.stream().sorted(Comparator.comparing(Coach::id)).toList();
        Set<Conflict> conflicts = Set.copyOf(conflictsIn);
        Map<String, Coach> coachById = new LinkedHashMap<>();
        coaches.forEach(c -> coachById.put(c.id(), c));

        Map<String, Deque<String>> toPropose = new HashMap<>();
        for (Participant p : participants) {
            toPropose.put(p.id(), new ArrayDeque<>(preferenceList(p, coaches, coachById, conflicts)));
        }
        Map<String, TreeSet<Participant>> held = new HashMap<>();
        coaches.forEach(c -> held.put(c.id(), new TreeSet<>(coachRanking(c))));
        Deque<Participant> free = new ArrayDeque<>(participants);
        List<String> unmatched = new ArrayList<>();
        while (!free.isEmpty()) {
            Participant p = free.poll();
            String coachId = toPropose.get(p.id()).poll();
            if (coachId == null) {
                unmatched.add(p.id());
                continue;
            }
            Coach coach = coachById.get(coachId);
            TreeSet<Participant> holding = held.get(coachId);
            holding.add(p);
            if (holding.size() > coach.capacity()) {
                free.add(holding.pollLast()); // the coach lets go of the one they rank lowest
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (Coach coach : coaches) {
            for (Participant p : held.get(coach.id())) {
                pairs.add(pair(p, coach));
            }
        }
        pairs.sort(Comparator.comparing(Pair::participantId));
        unmatched.sort(Comparator.naturalOrder());
        return new Result(List.copyOf(pairs), List.copyOf(unmatched));
    }

    /** May these two be paired? */
    public static boolean allowed(Participant p, Coach c, Set<Conflict> conflicts) {
        return !p.organisationCode().equals(c.organisationCode()) && !conflicts.contains(new Conflict(p.id(), c.id()));
    }

    /** How well a coach suits a participant: the specialisms they share. */
    public static int fit(Participant p, Coach c) {
        return shared(p, c).size();
    }

    /** The participant's full order of allowed coaches: stated preferences first, then by fit, then coach id. */
    static List<String> preferenceList(Participant p, List<Coach> coaches, Map<String, Coach> coachById,
            Set<Conflict> conflicts) {
        List<String> order = new ArrayList<>();
        for (String preferred : p.preferences()) {
            Coach coach = coachById.get(preferred);
            if (coach != null && allowed(p, coach, conflicts) && !order.contains(preferred)) {
                order.add(preferred);
            }
        }
        coaches.stream().filter(c -> allowed(p, c, conflicts) && !order.contains(c.id()))
                .sorted(Comparator.comparingInt((Coach c) -> -fit(p, c)).thenComparing(Coach::id))
                .forEach(c -> order.add(c.id()));
        return order;
    }

    /** A coach's order of participants: most shared specialisms first, then participant id. */
    static Comparator<Participant> coachRanking(Coach coach) {
        return Comparator.comparingInt((Participant p) -> -fit(p, coach)).thenComparing(Participant::id);
    }

    private static List<String> shared(Participant p, Coach c) {
        return c.specialisms().stream().filter(p.interests()::contains).sorted().toList();
    }

    private static Pair pair(Participant p, Coach coach) {
        int preference = p.preferences().indexOf(coach.id()) + 1;
        List<String> shared = shared(p, coach);
        String sharedText = shared.isEmpty() ? "no shared specialisms" : "shared specialisms: " + String.join(", ", shared);
        String reason = preference > 0 ? "Your preference " + preference + "; " + sharedText + "."
                : p.preferences().isEmpty() ? "No preferences stated; the best fit among coaches with room: " + sharedText + "."
                : "None of your preferences could take you (full, same organisation or a declared conflict); "
                        + "the best remaining fit: " + sharedText + ".";
        return new Pair(p.id(), coach.id(), preference, shared, reason);
    }
}
