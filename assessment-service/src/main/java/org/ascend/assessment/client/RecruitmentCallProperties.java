package org.ascend.assessment.client;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How calls to recruitment are guarded ({@code ascend.resilience.recruitment.*}, set in application.yml;
 * docs/adr/0006-pack-calls-resilience.md).
 *
 * @param timeout              the time limit of one attempt
 * @param retries              attempts in all, on errors other than "not found"
 * @param failureRateThreshold percent of the last {@code windowSize} calls that opens the circuit
 * @param windowSize           how many recent calls the circuit counts
 * @param openFor              how long the circuit stays open before trial calls decide
 */
@ConfigurationProperties("ascend.resilience.recruitment")
public record RecruitmentCallProperties(Duration timeout, int retries, float failureRateThreshold, int windowSize,
        Duration openFor) {
}
