package org.ascend.reporting.progression;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

/**
 * Career progression of a cohort's or a scheme's consenting alumni (docs/reporting.md, "Progression"): national
 * figures only, since careers cross regions and a region's share of a cohort of 15-20 would be suppressed anyway.
 */
@Service
public class ProgressionService {

    private final ProgressionRepository progression;
    private final Clock clock;

    ProgressionService(ProgressionRepository progression, Clock clock) {
        this.progression = progression;
        this.clock = clock;
    }

    public Progression of(List<UUID> cohorts) {
        return progression.of(cohorts, LocalDate.now(clock));
    }

    /** Career moves started between two days (from, until): all of them, into director or board roles, interim ones. */
    public Moves movesBetween(LocalDate from, LocalDate until) {
        return progression.movesBetween(from, until);
    }

    /** Counts of the alumni's recorded moves that started in a period (true counts: control them before they leave). */
    public record Moves(long all, long directorOrBoard, long interimDirectorOrBoard) {
    }
}
