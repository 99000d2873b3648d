package org.ascend.reporting.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** An NHS financial year, 1 April to 31 March, written as {@code 2018/19}. */
public record FinancialYear(int startYear) {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** {@code text} as validated by the API ({@code [0-9]{4}/[0-9]{2}}); the second part must follow the first. */
    public static FinancialYear parse(String text) {
        int start = Integer.parseInt(text.substring(0, 4));
        if (!text.equals(of(start).toString())) {
            throw new IllegalArgumentException(text + " is not a financial year: " + of(start) + " follows " + start);
        }
        return of(start);
    }

    public static FinancialYear of(int startYear) {
        return new FinancialYear(startYear);
    }

    /** The financial year a day falls in. */
    public static FinancialYear containing(LocalDate day) {
        return of(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 4, 1);
    }

    /** The day after the last (1 April of the next year). */
    public LocalDate endDay() {
        return firstDay().plusYears(1);
    }

    public Instant start() {
        return firstDay().atStartOfDay(LONDON).toInstant();
    }

    public Instant end() {
        return endDay().atStartOfDay(LONDON).toInstant();
    }

    @Override
    public String toString() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }
}
