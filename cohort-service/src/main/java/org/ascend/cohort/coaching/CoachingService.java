package org.ascend.cohort.coaching;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ascend.cohort.participant.Participant;
import org.ascend.cohort.participant.ParticipantService;
import org.ascend.cohort.participant.ParticipantStatus;
import org.ascend.platform.problem.ApiProblem;
import org.ascend.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coaches and mentors, and matching them to a cohort's participants (docs/cohorts.md): stable, within each
 * coach's capacity (across cohorts), never from the same organisation or across a declared conflict, and explained.
 * A pair once made stays: matching a cohort pairs only those without a coach; a rematch moves one participant and
 * keeps everyone else's pair.
 */
@Service
public class CoachingService {

    /** What a matching run did: the pairs it made, and who it could not pair, with why. */
    public record MatchReport(List<CoachingPair> made, Map<UUID, String> notMatched) {
    }

    /** A participant as their coach sees them: who they are, how to reach them, and why they were paired. */
    public record Coachee(UUID participantId, UUID cohortId, ParticipantStatus status, String givenName, String familyName,
            String email, String organisationCode, String currentRole, String reason, Instant matchedAt) {
    }

    private final CoachingRepository coaching;
    private final ParticipantService participants;
    private final Clock clock;

    CoachingService(CoachingRepository coaching, ParticipantService participants, Clock clock) {
        this.coaching = coaching;
        this.participants = participants;
        this.clock = clock;
    }

    @Transactional
    public Coach addCoach(String displayName, String organisationCode, String regionCode, int capacity, List<String> specialisms,
            String email) {
        Coach coach = new Coach(UUID.randomUUID(), displayName, organisationCode, regionCode, capacity, List.copyOf(specialisms),
                email, clock.instant());
        coaching.insertCoach(coach);
        return coach;
    }

    public List<Coach> coaches() {
        return coaching.coaches();
    }

    /** A participant ranks up to three coaches and names the specialisms they want to grow. */
    @Transactional
    public void setPreferences(UUID participantId, List<UUID> coachIds, List<String> interests, Caller caller) {
        Participant participant = participants.get(participantId, caller);
        if (!caller.has("programme-manager") && participant.status() != ParticipantStatus.ACTIVE) {
            throw ApiProblem.conflict("participant-not-active", "Not an active participant",
                    "Only an active participant states coaching preferences.");
        }
        for (UUID coachId : coachIds) {
            coaching.coach(coachId).orElseThrow(() -> ApiProblem.notFound("Coach", coachId));
        }
        coaching.savePreferences(participantId, new CoachingRepository.Preferences(List.copyOf(coachIds), List.copyOf(interests)),
                clock.instant());
    }

    @Transactional
    public void declareConflict(UUID participantId, UUID coachId, String reason, Caller caller) {
        participants.get(participantId, caller);
        coaching.coach(coachId).orElseThrow(() -> ApiProblem.notFound("Coach", coachId));
        coaching.declareConflict(participantId, coachId, reason, clock.instant());
    }

    /** Pairs every active participant of the cohort who has no coach yet; existing pairs stay as they are. */
    @Transactional
    public MatchReport matchCohort(UUID cohortId, Caller caller) {
        coaching.lockPool();
        List<Participant> cohort = participants.ofCohort(cohortId, caller);
        Set<UUID> paired = coaching.pairsOfCohort(cohortId).stream().map(CoachingPair::participantId).collect(Collectors.toSet());
        List<Participant> toMatch = cohort.stream()
                .filter(p -> p.status() == ParticipantStatus.ACTIVE && !paired.contains(p.id())).toList();
        return run(cohortId, toMatch, Set.of());
    }

    /** One participant asks for another coach: their pair goes, they are matched again, never to the same coach. */
    @Transactional
    public MatchReport rematch(UUID participantId, Caller caller) {
        coaching.lockPool();
        Participant participant = participants.get(participantId, caller);
        CoachingPair current = coaching.pairOf(participantId).orElseThrow(() -> ApiProblem.conflict("no-coach",
                "No coach to change", "This participant has no coach yet; match the cohort first."));
        coaching.deletePair(participantId);
        return run(participant.cohortId(), List.of(participant),
                Set.of(new StableMatching.Conflict(participantId.toString(), current.coachId().toString())));
    }

    public List<CoachingPair> pairsOfCohort(UUID cohortId, Caller caller) {
        participants.ofCohort(cohortId, caller); // the programme team's view
        return coaching.pairsOfCohort(cohortId);
    }

    /** The caller's own coach (as a participant), with why they were paired. */
    public List<CoachingPair> mine(Caller caller) {
        return participants.mine(caller).stream().map(p -> coaching.pairOf(p.id())).flatMap(java.util.Optional::stream).toList();
    }

    /** A signed-in coach's participants (matched to the pool entry with their sign-in email); no one else's. */
    public List<Coachee> coachees(Caller caller) {
        List<CoachingPair> pairs = caller.email() == null ? List.of() : coaching.pairsOfCoaches(coaching.coachIdsByEmail(caller.email()));
        return pairs.stream().map(pair -> {
            Participant p = participants.byId(pair.participantId());
            Participant.Contact c = p.contact();
            return new Coachee(p.id(), p.cohortId(), p.status(), c == null ? null : c.givenName(), c == null ? null : c.familyName(),
                    c == null ? null : c.email(), c == null ? null : c.organisationCode(), c == null ? null : c.currentRole(),
                    pair.reason(), pair.matchedAt());
        }).toList();
    }

    /** Whether the caller is the coach matched to this participant (so may read their plan and sign milestones off). */
    public boolean isCoachOf(UUID participantId, Caller caller) {
        if (!caller.has("coach") || caller.email() == null) {
            return false;
        }
        List<UUID> mine = coaching.coachIdsByEmail(caller.email());
        return coaching.pairOf(participantId).map(pair -> mine.contains(pair.coachId())).orElse(false);
    }

    private MatchReport run(UUID cohortId, List<Participant> toMatch, Set<StableMatching.Conflict> extraConflicts) {
        Map<UUID, String> notMatched = new HashMap<>();
        List<StableMatching.Participant> candidates = new ArrayList<>();
        Set<UUID> ids = toMatch.stream().map(Participant::id).collect(Collectors.toSet());
        Map<UUID, CoachingRepository.Preferences> preferences = coaching.preferences(ids);
        for (Participant p : toMatch) {
            if (p.contact() == null || p.contact().organisationCode() == null) {
                notMatched.put(p.id(), "Waiting for the participant's details from recruitment (their organisation decides "
                        + "which coaches may be paired with them).");
                continue;
            }
            var stated = preferences.getOrDefault(p.id(), new CoachingRepository.Preferences(List.of(), List.of()));
            candidates.add(new StableMatching.Participant(p.id().toString(), p.contact().organisationCode(),
                    stated.coachIds().stream().map(UUID::toString).toList(), new HashSet<>(stated.interests())));
        }
        Map<UUID, Long> load = coaching.currentPairs().stream().collect(Collectors.groupingBy(CoachingPair::coachId, Collectors.counting()));
        List<StableMatching.Coach> pool = coaching.coaches().stream()
                .map(c -> new StableMatching.Coach(c.id().toString(), c.organisationCode(),
                        (int) Math.max(0, c.capacity() - load.getOrDefault(c.id(), 0L)), new HashSet<>(c.specialisms())))
                .filter(c -> c.capacity() > 0).toList();
        Set<StableMatching.Conflict> conflicts = new HashSet<>(coaching.conflicts());
        conflicts.addAll(extraConflicts);
        StableMatching.Result result = StableMatching.match(candidates, pool, conflicts);
        Instant now = clock.instant();
        List<CoachingPair> made = new ArrayList<>();
        for (StableMatching.Pair pair : result.pairs()) {
            CoachingPair saved = new CoachingPair(UUID.fromString(pair.participantId()), cohortId, UUID.fromString(pair.coachId()),
                    pair.preferenceMet(), pair.sharedSpecialisms(), pair.reason(), now);
            coaching.insertPair(saved);
            made.add(saved);
        }
        result.unmatched().forEach(id -> notMatched.put(UUID.fromString(id), "No coach free of conflicts, outside their "
                + "organisation, has room. Add a coach to the pool or raise a coach's capacity, then match again."));
        return new MatchReport(made, notMatched);
    }
}
