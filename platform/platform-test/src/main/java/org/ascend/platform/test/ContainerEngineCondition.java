package org.ascend.platform.test;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a test class, and says so, when it was asked to run on containers ({@link TestInfrastructure#containers()})
 * but no container engine answers; evaluated before any Spring context starts. Where an engine must be there (CI, once
 * it has set one up: {@code ascend.test.require-engine=true}), its absence is an error instead, so a run that was
 * meant to prove the containers branch cannot pass by skipping it.
 */
public class ContainerEngineCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestInfrastructure.containers()) {
            return ConditionEvaluationResult.enabled("embedded infrastructure");
        }
        if (TestInfrastructure.dockerAvailable()) {
            return ConditionEvaluationResult.enabled("Testcontainers on the engine that answers");
        }
        String reason = "SKIPPED: ascend.test.infrastructure=containers, but no container engine answers "
                + "(set one up with infra/container-engine/setup.sh)";
        if (Boolean.parseBoolean(System.getProperty("ascend.test.require-engine"))) {
            throw new IllegalStateException(reason.replace("SKIPPED: ", "") + "; ascend.test.require-engine=true");
        }
        System.out.println("[ascend] " + context.getDisplayName() + ": " + reason);
        return ConditionEvaluationResult.disabled(reason);
    }
}
