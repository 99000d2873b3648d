package org.ascend.platform.test;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For tests that exist only on a container engine (the compose deployment): skipped, and saying so, unless the run
 * is on containers ({@link TestInfrastructure#containers()}); then as {@link ContainerEngineCondition}.
 */
public class ContainersOnlyCondition extends ContainerEngineCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestInfrastructure.containers()) {
            String reason = "SKIPPED: runs on a container engine only (-Dascend.test.infrastructure=containers; CI does)";
            System.out.println("[ascend] " + context.getDisplayName() + ": " + reason);
            return ConditionEvaluationResult.disabled(reason);
        }
        return super.evaluateExecutionCondition(context);
    }
}
