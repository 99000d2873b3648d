package org.ascend.cohort.plan;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PlanRepository {

    /** A milestone as the plan feature works on it. */
    record MilestoneRow(UUID id, UUID participantId, String title, LocalDate dueOn, Instant signedOffAt, long version) {
    }

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertObjective(UUID id, UUID participantId, String title, String description, Instant at) {
        jdbc.sql("INSERT INTO plan_objective (id, participant_id, title, description, created_at) VALUES (:id, :participant,"
                + " :title, :description, :at)")
                .param("id", id).param("participant", participantId).param("title", title).param("description", description)
                .param("at", Timestamp.from(at)).update();
    }

    void insertMilestone(UUID id, UUID objectiveId, UUID participantId, String title, LocalDate dueOn) {
        jdbc.sql("INSERT INTO plan_milestone (id, objective_id, participant_id, title, due_on, version) VALUES (:id, :objective,"
                + " :participant, :title, :due, 1)")
                .param("id", id).param("objective", objectiveId).param("participant", participantId).param("title", title)
                .param("due", Date.valueOf(dueOn)).update();
    }

    Optional<MilestoneRow> milestone(UUID id) {
        return jdbc.sql("SELECT id, participant_id, title, due_on, signed_off_at, version FROM plan_milestone WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new MilestoneRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getDate(4).toLocalDate(), rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(),
                        rs.getLong(6)))
                .optional();
    }

    boolean signOff(UUID id, long version, String by, String as, Instant at) {
        return jdbc.sql("""
                UPDATE plan_milestone SET signed_off_at = :at, signed_off_by = :by, signed_off_as = :as, version = version + 1
                WHERE id = :id AND version = :version AND signed_off_at IS NULL""")
                .param("id", id).param("version", version).param("by", by).param("as", as).param("at", Timestamp.from(at))
                .update() == 1;
    }

    void addEvidence(UUID milestoneId, String text, Instant at) {
        jdbc.sql("INSERT INTO plan_evidence (id, milestone_id, text, written_at) VALUES (:id, :milestone, :text, :at)")
                .param("id", UUID.randomUUID()).param("milestone", milestoneId).param("text", text)
                .param("at", Timestamp.from(at)).update();
    }

    DevelopmentPlan plan(UUID participantId, LocalDate today) {
        Map<UUID, DevelopmentPlan.Objective> objectives = new LinkedHashMap<>();
        jdbc.sql("SELECT id, title, description, created_at FROM plan_objective WHERE participant_id = :participant"
                + " ORDER BY created_at, id").param("participant", participantId)
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    objectives.put(id, new DevelopmentPlan.Objective(id, rs.getString(2), rs.getString(3), new ArrayList<>(),
                            rs.getTimestamp(4).toInstant()));
                });
        Map<UUID, List<DevelopmentPlan.Evidence>> evidence = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT e.milestone_id, e.id, e.text, e.written_at FROM plan_evidence e JOIN plan_milestone m ON m.id = e.milestone_id
                WHERE m.participant_id = :participant ORDER BY e.written_at, e.id""").param("participant", participantId)
                .query(rs -> {
                    evidence.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new DevelopmentPlan.Evidence(
                            rs.getObject(2, UUID.class), rs.getString(3), rs.getTimestamp(4).toInstant()));
                });
        jdbc.sql("""
                SELECT id, objective_id, title, due_on, signed_off_at, signed_off_as FROM plan_milestone
                WHERE participant_id = :participant ORDER BY due_on, id""").param("participant", participantId)
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    LocalDate due = rs.getDate(4).toLocalDate();
                    Timestamp signed = rs.getTimestamp(5);
                    objectives.get(rs.getObject(2, UUID.class)).milestones().add(new DevelopmentPlan.Milestone(id,
                            rs.getObject(2, UUID.class), rs.getString(3), due, signed == null && due.isBefore(today),
                            signed == null ? null : signed.toInstant(), rs.getString(6), evidence.getOrDefault(id, List.of())));
                });
        return new DevelopmentPlan(participantId, List.copyOf(objectives.values()));
    }

    /** Milestones past due, not signed off, not yet announced: the overdue job's work. */
    List<MilestoneRow> newlyOverdue(LocalDate today) {
        return jdbc.sql("""
                SELECT id, participant_id, title, due_on, signed_off_at, version FROM plan_milestone
                WHERE due_on < :today AND signed_off_at IS NULL AND overdue_published_at IS NULL ORDER BY due_on, id
                FOR UPDATE SKIP LOCKED""")
                .param("today", Date.valueOf(today))
                .query((rs, n) -> new MilestoneRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getDate(4).toLocalDate(), null, rs.getLong(6)))
                .list();
    }

    void markOverduePublished(UUID id, Instant at) {
        jdbc.sql("UPDATE plan_milestone SET overdue_published_at = :at, version = version + 1 WHERE id = :id")
                .param("id", id).param("at", Timestamp.from(at)).update();
    }

    /** Milestones of the participant: how many, and how many signed off. */
    int[] signedOffOfAll(UUID participantId) {
        return jdbc.sql("SELECT count(*) FILTER (WHERE signed_off_at IS NOT NULL), count(*) FROM plan_milestone"
                + " WHERE participant_id = :participant").param("participant", participantId)
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
    }

    /** Overdue milestones of a cohort's participants, for the programme team. */
    List<Map<String, Object>> overdueOfCohort(UUID cohortId, LocalDate today) {
        return jdbc.sql("""
                SELECT m.id AS milestone_id, m.participant_id, m.title, m.due_on FROM plan_milestone m
                JOIN participant p ON p.id = m.participant_id
                WHERE p.cohort_id = :cohort AND m.due_on < :today AND m.signed_off_at IS NULL ORDER BY m.due_on, m.id""")
                .param("cohort", cohortId).param("today", Date.valueOf(today))
                .query((rs, n) -> Map.<String, Object>of("milestoneId", rs.getObject(1, UUID.class),
                        "participantId", rs.getObject(2, UUID.class), "title", rs.getString(3),
                        "dueOn", rs.getDate(4).toLocalDate().toString()))
                .list();
    }

    void erase(List<UUID> applicationIds) {
        String ofParticipants = "(SELECT id FROM participant WHERE application_id IN (:ids))";
        jdbc.sql("DELETE FROM plan_evidence WHERE milestone_id IN (SELECT id FROM plan_milestone WHERE participant_id IN "
                + ofParticipants + ")").param("ids", applicationIds).update();
        jdbc.sql("UPDATE plan_milestone SET title = '(erased)', signed_off_by = NULL WHERE participant_id IN " + ofParticipants)
                .param("ids", applicationIds).update();
        jdbc.sql("UPDATE plan_objective SET title = '(erased)', description = NULL WHERE participant_id IN " + ofParticipants)
                .param("ids", applicationIds).update();
    }
}
