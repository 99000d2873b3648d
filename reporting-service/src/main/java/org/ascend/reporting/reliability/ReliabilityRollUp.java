package org.ascend.reporting.reliability;

import java.util.List;
import java.util.UUID;

import org.ascend.reporting.reliability.events.StageReliabilityUpdated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

/** Each stage's reliability, kept as assessment last published it (latest version wins), for the funnel's side. */
@Service
public class ReliabilityRollUp {

    private static final List<String> STAGE_ORDER = List.of("SIFT", "ASSESSMENT_CENTRE", "INTERVIEW");

    private final JdbcClient jdbc;
    private final JsonMapper json;
    ReliabilityRollUp(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void on(StageReliabilityUpdated updated, long version) {
        String figures = json.writeValueAsString(new Stored(updated.criteria(), updated.weighted()));
        jdbc.sql("""
                INSERT INTO stage_reliability (intake_id, stage, version, cases, sheets, figures)
                VALUES (:intake, :stage, :version, :cases, :sheets, CAST(:figures AS JSONB))
                ON CONFLICT (intake_id, stage) DO UPDATE SET version = EXCLUDED.version, cases = EXCLUDED.cases,
                    sheets = EXCLUDED.sheets, figures = EXCLUDED.figures
                WHERE stage_reliability.version < EXCLUDED.version""")
                .param("intake", updated.intakeId()).param("stage", updated.stage()).param("version", version)
                .param("cases", updated.cases()).param("sheets", updated.sheets()).param("figures", figures).update();
    }

    /** The intake's stages that have published figures, in assessment order. */
    public List<StageReliability> of(UUID intakeId) {
        return jdbc.sql("SELECT stage, cases, sheets, figures::text FROM stage_reliability WHERE intake_id = :intake")
                .param("intake", intakeId)
                .query((rs, n) -> {
                    Stored stored = json.readValue(rs.getString(4), Stored.class);
                    return new StageReliability(rs.getString(1), rs.getInt(2), rs.getInt(3), stored.criteria(), stored.weighted());
                }).list().stream()
                .sorted(java.util.Comparator.comparingInt(s -> STAGE_ORDER.indexOf(s.stage())))
                .toList();
    }

    private record Stored(List<StageReliability.Figures> criteria, StageReliability.Figures weighted) {
    }
}
