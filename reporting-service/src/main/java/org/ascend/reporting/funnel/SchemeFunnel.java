package org.ascend.reporting.funnel;

import java.util.List;
import java.util.UUID;

/**
 * A scheme's funnel (docs/reporting.md): the stages of its intakes added up, all of them or those opened in
 * {@code year}. Stages and leavers mean what they mean in an intake's {@link Funnel}.
 */
public record SchemeFunnel(UUID schemeId, Integer year, List<UUID> intakeIds, List<Funnel.Stage> stages, Funnel.Left left) {
}
