package org.ascend.recruitment.intake;

import java.util.List;

/**
 * One of an intake's application questions. Free text has a word limit; single and multiple choice
 * have their options. Answers are checked against it on submission ({@link Answers}).
 */
public record Question(String id, String text, Type type, Integer wordLimit, List<String> options, boolean required) {

    public enum Type { FREE_TEXT, SINGLE_CHOICE, MULTIPLE_CHOICE }
}
