package org.ascend.assessment.scoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ScoreSheetRepository {

    private static final String COLUMNS = "allocation_id, case_id, assessor_subject, scores, saved_at, submitted_at, row_version";
    private static final TypeReference<Map<String, CriterionScore>> SCORES = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ScoreSheetRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Saves a draft; false when the sheet was submitted (locked) meanwhile. */
    boolean saveDraft(ScoreSheet sheet) {
        return jdbc.sql("""
                INSERT INTO score_sheet (""" + COLUMNS + """
                ) VALUES (:allocation, :case, :assessor, CAST(:scores AS jsonb), :savedAt, NULL, 1)
                ON CONFLICT (allocation_id) DO UPDATE SET scores = EXCLUDED.scores, saved_at = EXCLUDED.saved_at,
                    row_version = score_sheet.row_version + 1
                WHERE score_sheet.submitted_at IS NULL""")
                .param("allocation", sheet.allocationId()).param("case", sheet.caseId()).param("assessor", sheet.assessor())
                .param("scores", json.writeValueAsString(sheet.scores())).param("savedAt", Timestamp.from(sheet.savedAt()))
                .update() == 1;
    }

    /** Locks the sheet; false when it was already locked. */
    boolean submit(UUID allocationId, java.time.Instant at) {
        return jdbc.sql("UPDATE score_sheet SET submitted_at = :at, row_version = row_version + 1"
                        + " WHERE allocation_id = :id AND submitted_at IS NULL")
                .param("at", Timestamp.from(at)).param("id", allocationId).update() == 1;
    }

    Optional<ScoreSheet> find(UUID allocationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM score_sheet WHERE allocation_id = :id").param("id", allocationId)
                .query(this::map).optional();
    }

    List<ScoreSheet> ofCase(UUID caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM score_sheet WHERE case_id = :case ORDER BY submitted_at NULLS LAST, saved_at")
                .param("case", caseId).query(this::map).list();
    }

    /** Every submitted sheet of a stage of an intake, from assessors still on their case. */
    List<ScoreSheet> submittedOfStage(UUID intakeId, String stage) {
        return jdbc.sql("SELECT s.allocation_id, s.case_id, s.assessor_subject, s.scores, s.saved_at, s.submitted_at,"
                        + " s.row_version FROM score_sheet s JOIN allocation a ON a.id = s.allocation_id"
                        + " WHERE a.intake_id = :intake AND a.stage = :stage AND a.recused_at IS NULL AND s.submitted_at IS NOT NULL")
                .param("intake", intakeId).param("stage", stage).query(this::map).list();
    }

    private ScoreSheet map(ResultSet rs, int row) throws SQLException {
        Timestamp submitted = rs.getTimestamp(6);
        return new ScoreSheet(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                json.readValue(rs.getString(4), SCORES), rs.getTimestamp(5).toInstant(),
                submitted == null ? null : submitted.toInstant(), rs.getLong(7));
    }
}
