package org.ascend.identity;

import java.util.List;

/** A demo person of the local stack, with what their tokens say about them. */
record DemoUser(String username, String displayName, List<String> roles, String region, String organisation) {
}
