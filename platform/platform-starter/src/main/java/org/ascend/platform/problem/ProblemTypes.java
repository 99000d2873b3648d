package org.ascend.platform.problem;

import java.net.URI;

/** Stable problem {@code type} URIs: clients switch on these, so they never change meaning. */
public final class ProblemTypes {

    private static final String PREFIX = "urn:ascend:problem:";

    private ProblemTypes() {
    }

    public static URI of(String slug) {
        return URI.create(PREFIX + slug);
    }
}
