package org.ascend.reporting.reports.content;

/** Where a generation has got to, for the job resource that shows it. */
@FunctionalInterface
public interface Progress {

    /** {@code percent} done so far (0-100) and what is being done now, in words. */
    void at(int percent, String step);
}
