package org.ascend.platform.test;

import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** Reads a reporting breakdown response as a person would read the table: "*" where a count is suppressed. */
public final class BreakdownReading {

    private BreakdownReading() {
    }

    /** Category to its count as shown at one stage. */
    public static Map<String, String> row(JsonNode breakdown, String stage) {
        Map<String, String> row = new HashMap<>();
        for (JsonNode s : breakdown.path("stages")) {
            if (s.path("stage").asString().equals(stage)) {
                for (int i = 0; i < breakdown.path("categories").size(); i++) {
                    row.put(breakdown.path("categories").get(i).asString(), shown(s.path("counts").get(i)));
                }
            }
        }
        return row;
    }

    /** The stage's total as shown, or null if the stage is not in the breakdown. */
    public static String total(JsonNode breakdown, String stage) {
        for (JsonNode s : breakdown.path("stages")) {
            if (s.path("stage").asString().equals(stage)) {
                return shown(s.path("total"));
            }
        }
        return null;
    }

    private static String shown(JsonNode figure) {
        return figure.path("suppressed").asBoolean() ? "*" : figure.path("value").asString();
    }
}
