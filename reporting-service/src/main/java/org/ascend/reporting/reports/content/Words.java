package org.ascend.reporting.reports.content;

import java.util.Locale;
import java.util.Map;

/** How reports name codes and categories for people: regions by name, categories in sentence case. */
public final class Words {

    /** The seven NHS England regions (docs/domain.md §1). */
    public static final Map<String, String> REGIONS = Map.of("Y56", "London", "Y58", "South West", "Y59", "South East",
            "Y60", "Midlands", "Y61", "East of England", "Y62", "North West", "Y63", "North East and Yorkshire");

    private Words() {
    }

    public static String region(String code) {
        return code == null ? "All regions" : category(code);
    }

    /** {@code PREFER_NOT_TO_SAY} → "Prefer not to say", {@code ACUTE_TRUST} → "Acute trust"; regions by name. */
    public static String category(String code) {
        if (code == null) {
            return "";
        }
        if (REGIONS.containsKey(code)) {
            return REGIONS.get(code);
        }
        if (code.equals("NOT_STATED")) {
            return "Not stated";
        }
        if (!code.equals(code.toUpperCase(Locale.ROOT))) {
            return code;
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A stage id such as {@code progressed-interview} as words. */
    public static String stage(String stage) {
        return category(stage.replace('-', '_').toUpperCase(Locale.ROOT));
    }
}
