package org.ascend.identity;

import java.util.List;

/** A demo person of the local stack, with what their tokens say about them. */
record DemoUser(String username, String displayName, List<String> roles, String region, String organisation) {

    /** Applicants name their sponsor by this address (e.g. sponsor@demo.ascend.example). */
    String email() {
        return username + "@demo.ascend.example";
    }
}
