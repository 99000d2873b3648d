package org.ascend.recruitment.search;

import org.ascend.recruitment.application.Sponsorship.Endorsement;

/**
 * What a programme manager narrows an intake's applications by; every part optional. {@code text}
 * matches name, email or organisation code.
 */
public record ApplicationFilter(String status, String region, String band, Boolean eligible, Endorsement endorsement,
        String text) {
}
