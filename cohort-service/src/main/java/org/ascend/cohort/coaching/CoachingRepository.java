package org.ascend.cohort.coaching;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CoachingRepository {

    /** A participant's stated preferences (coach ids, best first) and the specialisms they want to grow. */
    record Preferences(List<UUID> coachIds, List<String> interests) {
    }

    private final JdbcClient jdbc;

    CoachingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertCoach(Coach c) {
        jdbc.sql("""
                INSERT INTO coach (id, display_name, organisation_code, region_code, capacity, specialisms, email, created_at)
                VALUES (:id, :name, :organisation, :region, :capacity, CAST(:specialisms AS text[]), :email, :at)""")
                .param("id", c.id()).param("name", c.displayName()).param("organisation", c.organisationCode())
                .param("region", c.regionCode()).param("capacity", c.capacity())
                .param("specialisms", c.specialisms().toArray(String[]::new)).param("email", c.email()).param("at", Timestamp.from(c.createdAt()))
                .update();
    }

    List<Coach> coaches() {
        return jdbc.sql("SELECT " + COACH_COLUMNS + " FROM coach ORDER BY display_name, id").query(CoachingRepository::coach).list();
    }

    Optional<Coach> coach(UUID id) {
        return jdbc.sql("SELECT " + COACH_COLUMNS + " FROM coach WHERE id = :id").param("id", id)
                .query(CoachingRepository::coach).optional();
    }

    /** The pool entries a signed-in coach stands for (by their sign-in email, ignoring case). */
    List<UUID> coachIdsByEmail(String email) {
        return jdbc.sql("SELECT id FROM coach WHERE lower(email) = lower(:email)").param("email", email).query(UUID.class).list();
    }

    List<CoachingPair> pairsOfCoaches(List<UUID> coachIds) {
        if (coachIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + PAIR_COLUMNS + " FROM coaching_pair WHERE coach_id IN (:coaches) ORDER BY cohort_id, participant_id")
                .param("coaches", coachIds).query(CoachingRepository::pair).list();
    }

    /** Locks the pool while a matching runs, so two runs never both fill a coach's last place. */
    void lockPool() {
        jdbc.sql("SELECT id FROM coach ORDER BY id FOR UPDATE").query(UUID.class).list();
    }

    void savePreferences(UUID participantId, Preferences preferences, Instant at) {
        jdbc.sql("""
                INSERT INTO coaching_preference (participant_id, coach_ids, interests, updated_at)
                VALUES (:participant, CAST(:coaches AS uuid[]), CAST(:interests AS text[]), :at)
                ON CONFLICT (participant_id) DO UPDATE SET coach_ids = EXCLUDED.coach_ids, interests = EXCLUDED.interests,
                    updated_at = EXCLUDED.updated_at""")
                .param("participant", participantId).param("coaches", preferences.coachIds().toArray(UUID[]::new))
                .param("interests", preferences.interests().toArray(String[]::new)).param("at", Timestamp.from(at))
                .update();
    }

    Map<UUID, Preferences> preferences(Set<UUID> participantIds) {
        if (participantIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT participant_id, coach_ids, interests FROM coaching_preference WHERE participant_id IN (:ids)")
                .param("ids", participantIds)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), new Preferences(
                        Arrays.asList((UUID[]) rs.getArray(2).getArray()), strings(rs.getArray(3)))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void declareConflict(UUID participantId, UUID coachId, String reason, Instant at) {
        jdbc.sql("""
                INSERT INTO coaching_conflict (participant_id, coach_id, reason, declared_at) VALUES (:participant, :coach, :reason, :at)
                ON CONFLICT (participant_id, coach_id) DO UPDATE SET reason = EXCLUDED.reason""")
                .param("participant", participantId).param("coach", coachId).param("reason", reason)
                .param("at", Timestamp.from(at)).update();
    }

    List<StableMatching.Conflict> conflicts() {
        return jdbc.sql("SELECT participant_id, coach_id FROM coaching_conflict")
                .query((rs, n) -> new StableMatching.Conflict(rs.getString(1), rs.getString(2))).list();
    }

    /** Pairs that take up a coach's capacity now: their participant is still on the programme (active or deferred). */
    List<CoachingPair> currentPairs() {
        return jdbc.sql("SELECT " + PAIR_COLUMNS + " FROM coaching_pair WHERE participant_id IN"
                + " (SELECT id FROM participant WHERE status IN ('ACTIVE', 'DEFERRED')) ORDER BY matched_at, participant_id")
                .query(CoachingRepository::pair).list();
    }

    List<CoachingPair> pairsOfCohort(UUID cohortId) {
        return jdbc.sql("SELECT " + PAIR_COLUMNS + " FROM coaching_pair WHERE cohort_id = :cohort ORDER BY participant_id")
                .param("cohort", cohortId).query(CoachingRepository::pair).list();
    }

    Optional<CoachingPair> pairOf(UUID participantId) {
        return jdbc.sql("SELECT " + PAIR_COLUMNS + " FROM coaching_pair WHERE participant_id = :participant")
                .param("participant", participantId).query(CoachingRepository::pair).optional();
    }

    void insertPair(CoachingPair p) {
        jdbc.sql("""
                INSERT INTO coaching_pair (participant_id, cohort_id, coach_id, preference_met, shared_specialisms, reason, matched_at)
                VALUES (:participant, :cohort, :coach, :preference, CAST(:shared AS text[]), :reason, :at)""")
                .param("participant", p.participantId()).param("cohort", p.cohortId()).param("coach", p.coachId())
                .param("preference", p.preferenceMet()).param("shared", p.sharedSpecialisms().toArray(String[]::new))
                .param("reason", p.reason()).param("at", Timestamp.from(p.matchedAt())).update();
    }

    void deletePair(UUID participantId) {
        jdbc.sql("DELETE FROM coaching_pair WHERE participant_id = :participant").param("participant", participantId).update();
    }

    private static final String COACH_COLUMNS =
            "id, display_name, organisation_code, region_code, capacity, specialisms, email, created_at";

    private static final String PAIR_COLUMNS =
            "participant_id, cohort_id, coach_id, preference_met, shared_specialisms, reason, matched_at";

    private static Coach coach(ResultSet rs, int row) throws SQLException {
        return new Coach(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                strings(rs.getArray(6)), rs.getString(7), rs.getTimestamp(8).toInstant());
    }

    private static CoachingPair pair(ResultSet rs, int row) throws SQLException {
        return new CoachingPair(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getInt(4), strings(rs.getArray(5)), rs.getString(6), rs.getTimestamp(7).toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
