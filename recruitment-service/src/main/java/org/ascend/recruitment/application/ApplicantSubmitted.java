package org.ascend.recruitment.application;

import java.util.UUID;

/**
 * In this service only (never on Kafka): an applicant submitted to an intake, so whatever they had
 * half-finished for it (their draft) can go. Announced, so the application feature depends on no other.
 */
public record ApplicantSubmitted(UUID intakeId, String subject) {
}
