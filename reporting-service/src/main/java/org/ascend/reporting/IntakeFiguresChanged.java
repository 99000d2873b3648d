package org.ascend.reporting;

import java.util.UUID;

/**
 * An in-process Spring event, published inside the transaction of every read-model change that can move an intake's
 * figures, so the statistics topic knows which intakes to look at again (docs/reporting.md). Never leaves the service.
 */
public record IntakeFiguresChanged(UUID intakeId) {
}
