package org.ascend.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each acknowledged application must show, once: recruitment's own table, assessment's sift cases (from the
 * application events) and reporting's funnel rows. Read straight from each service's database, as its operator can.
 */
final class ReadModels {

    /** One place an application shows, and the query that lists the application ids it holds for an intake. */
    record Model(String name, String database, String query) {
    }

    static final List<Model> MODELS = List.of(
            new Model("recruitment", "recruitment", "SELECT id FROM application WHERE intake_id = ?"),
            new Model("assessment", "assessment", "SELECT application_id FROM assessment_case WHERE intake_id = ? AND stage = 'SIFT'"),
            new Model("reporting", "reporting", "SELECT application_id FROM application_progress WHERE intake_id = ?"));

    /** Score sheets submitted in an intake, by allocation id: where each acknowledged sheet must show, once. */
    static final Model SUBMITTED_SHEETS = new Model("sheets", "assessment", "SELECT s.allocation_id FROM score_sheet s"
            + " JOIN allocation a ON a.id = s.allocation_id WHERE a.intake_id = ? AND s.submitted_at IS NOT NULL");
    /** How many submitted sheets reporting's reliability figures of an intake's sift were worked out from. */
    static final Model RELIABILITY_SHEETS = new Model("reporting reliability", "reporting",
            "SELECT sheets FROM stage_reliability WHERE intake_id = ? AND stage = 'SIFT'");

    /** What one model shows against what was acknowledged. */
    record Tally(int rows, int lost, int duplicated, int unacknowledged) {
    }

    private ReadModels() {
    }

    static Map<String, Tally> tally(String intakeId, Set<String> acknowledged) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (Model model : MODELS) {
            tallies.put(model.name(), tally(ids(model, intakeId), acknowledged));
        }
        return tallies;
    }

    /** The ids a model shows against those acknowledged. */
    static Tally tally(List<String> ids, Set<String> acknowledged) {
        Set<String> distinct = new HashSet<>(ids);
        int lost = (int) acknowledged.stream().filter(id -> !distinct.contains(id)).count();
        int extra = (int) distinct.stream().filter(id -> !acknowledged.contains(id)).count();
        return new Tally(ids.size(), lost, ids.size() - distinct.size(), extra);
    }

    /** How many rows a model holds now; -1 while its database cannot be reached (restarting). */
    static int rows(String modelName, String intakeId) {
        try {
            return ids(MODELS.stream().filter(m -> m.name().equals(modelName)).findFirst().orElseThrow(), intakeId).size();
        } catch (IllegalStateException unreachable) {
            return -1;
        }
    }

    /** The ids a model shows for an intake now. */
    static Set<String> shown(String modelName, String intakeId) {
        return new HashSet<>(ids(MODELS.stream().filter(m -> m.name().equals(modelName)).findFirst().orElseThrow(), intakeId));
    }

    static List<String> ids(Model model, String intakeId) {
        return query(model.database(), model.query(), java.util.UUID.fromString(intakeId));
    }

    /** The first column of a query's rows, read straight from a service's database as its operator can. */
    static List<String> query(String database, String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:15432/" + database,
                "ascend", "ascend"); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read " + database + "'s database: " + e.getMessage(), e);
        }
    }
}
