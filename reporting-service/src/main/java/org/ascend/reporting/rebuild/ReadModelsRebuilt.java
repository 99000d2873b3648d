package org.ascend.reporting.rebuild;

/** An in-process Spring event: rebuilt read models have just replaced the live ones (their figures may all differ). */
public record ReadModelsRebuilt() {
}
