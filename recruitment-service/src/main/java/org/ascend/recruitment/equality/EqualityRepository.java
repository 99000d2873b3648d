package org.ascend.recruitment.equality;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EqualityRepository {

    private final JdbcClient jdbc;

    EqualityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the answers, returning the new version. */
    long save(UUID applicationId, String subject, EqualityAnswers a, Instant at) {
        return jdbc.sql("""
                INSERT INTO equality_monitoring (application_id, applicant_subject, ethnic_category, ethnic_classification,
                    age_band, disability, gender_reassignment, marriage_civil_partnership, pregnancy_maternity,
                    religion_belief, sex, sexual_orientation, recorded_at, version)
                VALUES (:id, :subject, :ethnic, :classification, :age, :disability, :gender, :marriage, :pregnancy,
                    :religion, :sex, :orientation, :at, 1)
                ON CONFLICT (application_id) DO UPDATE SET ethnic_category = EXCLUDED.ethnic_category,
                    ethnic_classification = EXCLUDED.ethnic_classification, age_band = EXCLUDED.age_band,
                    disability = EXCLUDED.disability, gender_reassignment = EXCLUDED.gender_reassignment,
                    marriage_civil_partnership = EXCLUDED.marriage_civil_partnership,
                    pregnancy_maternity = EXCLUDED.pregnancy_maternity, religion_belief = EXCLUDED.religion_belief,
                    sex = EXCLUDED.sex, sexual_orientation = EXCLUDED.sexual_orientation,
                    recorded_at = EXCLUDED.recorded_at, version = equality_monitoring.version + 1
                RETURNING version""")
                .param("id", applicationId).param("subject", subject).param("ethnic", a.ethnicCategory())
                .param("classification", a.ethnicCategory() == null ? null : EthnicCategory.CLASSIFICATION)
                .param("age", a.ageBand()).param("disability", a.disability()).param("gender", a.genderReassignment())
                .param("marriage", a.marriageCivilPartnership()).param("pregnancy", a.pregnancyMaternity())
                .param("religion", a.religionBelief()).param("sex", a.sex()).param("orientation", a.sexualOrientation())
                .param("at", Timestamp.from(at))
                .query(Long.class).single();
    }

    /** Erases every answer and marks the objection; returns the new version. */
    long object(UUID applicationId, String subject, Instant at) {
        return jdbc.sql("""
                INSERT INTO equality_monitoring (application_id, applicant_subject, recorded_at, objected_at, version)
                VALUES (:id, :subject, :at, :at, 1)
                ON CONFLICT (application_id) DO UPDATE SET ethnic_category = NULL, ethnic_classification = NULL,
                    age_band = NULL, disability = NULL, gender_reassignment = NULL, marriage_civil_partnership = NULL,
                    pregnancy_maternity = NULL, religion_belief = NULL, sex = NULL, sexual_orientation = NULL,
                    objected_at = :at, version = equality_monitoring.version + 1
                RETURNING version""")
                .param("id", applicationId).param("subject", subject).param("at", Timestamp.from(at))
                .query(Long.class).single();
    }

    void unlink(java.util.Collection<UUID> applicationIds) {
        if (!applicationIds.isEmpty()) {
            jdbc.sql("UPDATE equality_monitoring SET applicant_subject = 'anonymised' WHERE application_id IN (:ids)")
                    .param("ids", applicationIds).update();
        }
    }

    Optional<EqualityRecord> find(UUID applicationId) {
        return jdbc.sql("""
                SELECT ethnic_category, age_band, disability, gender_reassignment, marriage_civil_partnership,
                    pregnancy_maternity, religion_belief, sex, sexual_orientation, recorded_at, objected_at, version
                FROM equality_monitoring WHERE application_id = :id""")
                .param("id", applicationId)
                .query((rs, n) -> {
                    var answers = new EqualityAnswers(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
                    String group = answers.ethnicCategory() == null ? null
                            : EthnicCategory.of(answers.ethnicCategory()).group().orElse(null);
                    Timestamp objected = rs.getTimestamp(11);
                    return new EqualityRecord(applicationId, answers, group, rs.getTimestamp(10).toInstant(),
                            objected == null ? null : objected.toInstant(), rs.getLong(12));
                })
                .optional();
    }
}
