package org.ascend.assessment;

import org.ascend.platform.test.badinput.BadInputContract;

/** The bad-input suite on this service: hostile requests from its OpenAPI document (docs/reliability.md). */
class BadInputTest extends BadInputContract {
}
