package org.ascend.assessment.reliability;

/** A 95 % confidence interval. */
public record Interval(double lower, double upper) {
}
