package org.ascend.cohort.programme;

import java.util.List;

/**
 * A participant checked against their cohort's completion rules: each rule, whether it is met, and what was
 * measured. Completion goes ahead only when every rule is met, or the programme team overrides with a reason.
 */
public record Completion(boolean allMet, List<Rule> rules) {

    public record Rule(String rule, boolean met, String measured) {
    }
}
