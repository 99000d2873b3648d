package org.ascend.reporting.breakdown;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ascend.platform.problem.ApiProblem;
import org.ascend.reporting.equality.Characteristic;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How many of an intake's applications reached each stage, per category of a characteristic: true counts, inside. */
@Component
public class StageCounts {

    /** The stages counted, in order, with the condition that counts an application in each. */
    public static final List<String> STAGES = List.of("applied", "eligible", "shortlisted", "offered", "enrolled", "completed");
    private static final Map<String, String> CONDITIONS = conditions();

    private final JdbcClient jdbc;

    StageCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Category to its count at each stage (in STAGES order); every category present. 404 for an unknown intake. */
    public Map<String, long[]> of(UUID intakeId, Characteristic by, String region) {
        if (!known(intakeId)) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "No report for this intake yet",
                    "Reporting has seen no events for intake " + intakeId + ". Check the id; a newly opened intake appears within seconds.");
        }
        String category = by == Characteristic.REGION ? "p.region_code" : "e." + by.column();
        StringBuilder sql = new StringBuilder("SELECT COALESCE(" + category + ", '" + Characteristic.NOT_STATED + "')");
        STAGES.forEach(stage -> sql.append(", count(*) FILTER (WHERE ").append(CONDITIONS.get(stage)).append(")"));
        sql.append("""
                 FROM application_progress p
                LEFT JOIN application_equality e ON e.application_id = p.application_id
                LEFT JOIN application_stage sift ON sift.application_id = p.application_id AND sift.stage = 'SIFT'
                WHERE p.intake_id = :intake AND p.submitted_at IS NOT NULL""");
        if (region != null) {
            sql.append(" AND p.region_code = :region");
        }
        sql.append(" GROUP BY 1");
        var query = jdbc.sql(sql.toString()).param("intake", intakeId);
        if (region != null) {
            query = query.param("region", region);
        }
        Map<String, long[]> counts = new LinkedHashMap<>();
        by.categories().forEach(c -> counts.put(c, new long[STAGES.size()]));
        query.query(rs -> {
            String key = counts.containsKey(rs.getString(1)) ? rs.getString(1) : Characteristic.NOT_STATED;
            long[] perStage = counts.get(key);
            for (int i = 0; i < perStage.length; i++) {
                perStage[i] += rs.getLong(i + 2);
            }
        });
        return counts;
    }

    private boolean known(UUID intakeId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM funnel_intake WHERE intake_id = :intake)"
                + " OR EXISTS (SELECT 1 FROM application_progress WHERE intake_id = :intake)").param("intake", intakeId)
                .query(Boolean.class).single();
    }

    private static Map<String, String> conditions() {
        Map<String, String> conditions = new HashMap<>();
        conditions.put("applied", "TRUE");
        conditions.put("eligible", "p.eligible");
        conditions.put("shortlisted", "sift.progressed");
        conditions.put("offered", "p.offered");
        conditions.put("enrolled", "p.enrolled");
        conditions.put("completed", "p.completed");
        return conditions;
    }
}
