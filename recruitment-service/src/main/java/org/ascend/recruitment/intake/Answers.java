package org.ascend.recruitment.intake;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks an applicant's answers against the intake's questions; problems come back per field. */
public final class Answers {

    private static final Pattern WORDS = Pattern.compile("\\S+");

    private Answers() {
    }

    /** Field errors keyed {@code answers.<questionId>}; empty when the answers are complete and valid. */
    public static Map<String, String> problems(List<Question> questions, Map<String, Object> answers) {
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, Object> given = answers == null ? Map.of() : answers;
        given.keySet().stream().filter(id -> questions.stream().noneMatch(q -> q.id().equals(id)))
                .forEach(id -> problems.put("answers." + id, "is not a question of this intake"));
        for (Question q : questions) {
            String problem = problem(q, given.get(q.id()));
            if (problem != null) {
                problems.put("answers." + q.id(), problem);
            }
        }
        return problems;
    }

    private static String problem(Question q, Object answer) {
        if (answer == null || answer instanceof String s && s.isBlank() || answer instanceof Collection<?> c && c.isEmpty()) {
            return q.required() ? "is required" : null;
        }
        return switch (q.type()) {
            case FREE_TEXT -> !(answer instanceof String text) ? "must be text"
                    : words(text) > q.wordLimit() ? "has " + words(text) + " words; the limit is " + q.wordLimit() : null;
            case SINGLE_CHOICE -> !(answer instanceof String choice) || !q.options().contains(choice)
                    ? "must be one of " + q.options() : null;
            case MULTIPLE_CHOICE -> !(answer instanceof Collection<?> choices)
                    || !choices.stream().allMatch(q.options()::contains) || choices.size() != distinct(choices)
                    ? "must be distinct choices from " + q.options() : null;
        };
    }

    private static int distinct(Collection<?> choices) {
        return new java.util.HashSet<>(choices).size();
    }

    static int words(String text) {
        return (int) WORDS.matcher(text).results().count();
    }
}
