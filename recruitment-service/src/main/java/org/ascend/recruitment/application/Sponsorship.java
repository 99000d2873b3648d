package org.ascend.recruitment.application;

import java.time.Instant;

/** The sponsor an applicant named (line manager or director) and their decision (issue 4 item 4). */
public record Sponsorship(String name, String email, Endorsement endorsement, String comment, Instant decidedAt) {

    public enum Endorsement { NOT_REQUESTED, PENDING, ENDORSED, DECLINED }

    public static Sponsorship none() {
        return new Sponsorship(null, null, Endorsement.NOT_REQUESTED, null, null);
    }
}
