package org.ascend.recruitment.eligibility;

import java.util.List;

/** Agenda for Change bands in order, with very senior managers above band 9. */
public final class Bands {

    public static final List<String> IN_ORDER = List.of("1", "2", "3", "4", "5", "6", "7", "8a", "8b", "8c", "8d", "9", "VSM");

    private Bands() {
    }

    static int rank(String band) {
        int rank = IN_ORDER.indexOf(band);
        if (rank < 0) {
            throw new IllegalArgumentException("Not an Agenda for Change band: " + band);
        }
        return rank;
    }
}
