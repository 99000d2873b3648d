package org.ascend.reporting.reports.validity;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each participant's settled selection score beside what became of them (docs/reporting.md, "Predictive validity"):
 * the score of the last stage they were decided at (for someone who enrolled, the intake's final stage), whether
 * they completed, and, if they consented to career tracking, their first director or board role. A participant who
 * withdrew consent has had their career rows re-keyed, so they count for completion only.
 */
@Repository
public class SelectionOutcomes {

    private final JdbcClient jdbc;

    SelectionOutcomes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Both outcomes' observations for the participants of these intakes, as of {@code today}. */
    public Observations of(List<UUID> intakes, LocalDate today) {
        List<PredictiveValidity.Observation> completion = new ArrayList<>();
        List<PredictiveValidity.Observation> promotion = new ArrayList<>();
        if (intakes.isEmpty()) {
            return new Observations(completion, promotion);
        }
        jdbc.sql("""
                WITH settled AS (
                    SELECT DISTINCT ON (application_id) application_id, final_score FROM application_stage
                    WHERE intake_id IN (:intakes) AND final_score IS NOT NULL
                    ORDER BY application_id,
                             CASE stage WHEN 'INTERVIEW' THEN 3 WHEN 'ASSESSMENT_CENTRE' THEN 2 ELSE 1 END DESC
                ), promoted AS (
                    SELECT participant_key, min(months_since_completion) AS first_months FROM career_move
                    WHERE board_level AND months_since_completion >= 0 GROUP BY participant_key
                )
                SELECT s.final_score, p.completed, p.left_programme,
                       t.completed_on IS NOT NULL AND t.completed_on <= CAST(:today AS DATE) - INTERVAL '24 months',
                       m.first_months IS NOT NULL AND m.first_months <= 24
                FROM application_progress p
                JOIN settled s ON s.application_id = p.application_id
                LEFT JOIN career_tracked t ON t.participant_key = p.participant_id
                LEFT JOIN promoted m ON m.participant_key = p.participant_id
                WHERE p.intake_id IN (:intakes) AND p.enrolled""")
                .param("intakes", intakes).param("today", Date.valueOf(today))
                .query(rs -> {
                    double score = rs.getDouble(1);
                    boolean completed = rs.getBoolean(2);
                    if (completed || rs.getBoolean(3)) { // still on the programme: no outcome yet
                        completion.add(new PredictiveValidity.Observation(score, completed));
                    }
                    if (rs.getBoolean(4)) { // a tracked alumnus who completed at least 24 months ago
                        promotion.add(new PredictiveValidity.Observation(score, rs.getBoolean(5)));
                    }
                });
        return new Observations(completion, promotion);
    }

    /** Completion (of those who completed or withdrew) and promotion within 24 months (of alumni tracked that long). */
    public record Observations(List<PredictiveValidity.Observation> completion, List<PredictiveValidity.Observation> promotion) {
    }
}
