package org.ascend.reporting.funnel;

import java.util.List;
import java.util.UUID;

/** How far an intake's applicants have got, stage by stage (docs/domain.md §3). */
public record Funnel(UUID intakeId, Integer places, String intakeStatus, List<Stage> stages) {

    public record Stage(String stage, long count) {
    }
}
