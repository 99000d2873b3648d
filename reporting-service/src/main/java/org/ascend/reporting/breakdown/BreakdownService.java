package org.ascend.reporting.breakdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ascend.platform.problem.ApiProblem;
import org.ascend.platform.security.Caller;
import org.ascend.reporting.disclosure.ControlledTable;
import org.ascend.reporting.disclosure.CountTable;
import org.ascend.reporting.disclosure.DisclosureControl;
import org.ascend.reporting.equality.Characteristic;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Funnel stages by region or protected characteristic (docs/reporting.md). Who sees what: the programme team and
 * platform admins see figures as they are; an analyst sees national figures as they are and regional ones
 * disclosure-controlled; a regional lead sees only their own region, disclosure-controlled.
 */
@Service
public class BreakdownService {

    /** The stages a breakdown shows, with the condition that counts an application in each. */
    private static final Map<String, String> STAGES = stages();

    private final JdbcClient jdbc;

    BreakdownService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Breakdown of(UUID intakeId, Characteristic by, String region, Caller caller) {
        if (caller.has("regional-lead") && !caller.has("programme-manager") && !caller.has("platform-admin")) {
            if (region != null && !region.equals(caller.region())) {
                throw new ApiProblem(HttpStatus.FORBIDDEN, "other-region", "Not your region",
                        "A regional lead sees their own region (" + caller.region() + "). Leave out region, or ask for "
                                + caller.region() + ".");
            }
            region = caller.region();
            if (region == null) {
                throw new ApiProblem(HttpStatus.FORBIDDEN, "no-region", "No region on your sign-in",
                        "Your access token names no region. Ask your administrator to set your region.");
            }
        }
        boolean asTheyAre = caller.has("programme-manager") || caller.has("platform-admin") || region == null;
        if (!known(intakeId)) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "No report for this intake yet",
                    "Reporting has seen no events for intake " + intakeId + ". Check the id; a newly opened intake appears within seconds.");
        }
        Map<String, long[]> counts = counts(intakeId, by, region);
        List<String> categories = by.categories();
        List<Breakdown.StageRow> rows = new ArrayList<>();
        int s = 0;
        for (String stage : STAGES.keySet()) {
            long[] row = new long[categories.size()];
            for (int c = 0; c < categories.size(); c++) {
                long[] perStage = counts.get(categories.get(c));
                row[c] = perStage == null ? 0 : perStage[s];
            }
            ControlledTable table = DisclosureControl.control(new CountTable(List.of(stage), categories, new long[][] {row}), asTheyAre);
            rows.add(new Breakdown.StageRow(stage, List.of(table.cells()[0]), table.rowTotals()[0]));
            s++;
        }
        return new Breakdown(intakeId, by.id(), region, !asTheyAre, categories, rows);
    }

    private boolean known(UUID intakeId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM funnel_intake WHERE intake_id = :intake)"
                + " OR EXISTS (SELECT 1 FROM application_progress WHERE intake_id = :intake)").param("intake", intakeId)
                .query(Boolean.class).single();
    }

    /** Category to its count at each stage, in STAGES order. Unknown answers count as not stated. */
    private Map<String, long[]> counts(UUID intakeId, Characteristic by, String region) {
        String category = by == Characteristic.REGION ? "p.region_code" : "e." + by.column();
        StringBuilder sql = new StringBuilder("SELECT COALESCE(" + category + ", '" + Characteristic.NOT_STATED + "')");
        STAGES.values().forEach(condition -> sql.append(", count(*) FILTER (WHERE ").append(condition).append(")"));
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
        Map<String, long[]> counts = new HashMap<>();
        query.query(rs -> {
            long[] perStage = new long[STAGES.size()];
            for (int i = 0; i < perStage.length; i++) {
                perStage[i] = rs.getLong(i + 2);
            }
            String key = by.categories().contains(rs.getString(1)) ? rs.getString(1) : Characteristic.NOT_STATED;
            counts.merge(key, perStage, BreakdownService::add);
        });
        return counts;
    }

    private static long[] add(long[] a, long[] b) {
        long[] sum = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            sum[i] = a[i] + b[i];
        }
        return sum;
    }

    private static Map<String, String> stages() {
        Map<String, String> stages = new java.util.LinkedHashMap<>();
        stages.put("applied", "TRUE");
        stages.put("eligible", "p.eligible");
        stages.put("shortlisted", "sift.progressed");
        stages.put("offered", "p.offered");
        stages.put("enrolled", "p.enrolled");
        stages.put("completed", "p.completed");
        return stages;
    }
}
