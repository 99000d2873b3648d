package org.ascend.cohort.career;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CareerRecordRepository {

    private final JdbcClient jdbc;

    CareerRecordRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(CareerRecord r, String recordedBy) {
        jdbc.sql("""
                INSERT INTO career_record (id, participant_id, cohort_id, source, organisation_code, organisation_type,
                    region_code, role_title, role_family, band, starts_on, ends_on, board_level, interim,
                    months_since_completion, recorded_by, recorded_at)
                VALUES (:id, :participant, :cohort, :source, :organisation, :organisationType, :region, :title, :family,
                    :band, :startsOn, :endsOn, :board, :interim, :months, :by, :at)""")
                .param("id", r.id()).param("participant", r.participantId()).param("cohort", r.cohortId())
                .param("source", r.source().name()).param("organisation", r.organisationCode())
                .param("organisationType", r.organisationType().name()).param("region", r.regionCode())
                .param("title", r.roleTitle()).param("family", r.roleFamily().name()).param("band", r.band())
                .param("startsOn", Date.valueOf(r.startsOn()))
                .param("endsOn", r.endsOn() == null ? null : Date.valueOf(r.endsOn()))
                .param("board", r.boardLevel()).param("interim", r.interim())
                .param("months", r.monthsSinceCompletion()).param("by", recordedBy).param("at", Timestamp.from(r.recordedAt()))
                .update();
    }

    /** The participant's records, the latest role first. */
    List<CareerRecord> ofParticipant(UUID participantId) {
        return jdbc.sql("SELECT * FROM career_record WHERE participant_id = :id ORDER BY starts_on DESC, recorded_at DESC")
                .param("id", participantId).query(CareerRecordRepository::map).list();
    }

    Optional<CareerRecord> find(UUID id) {
        return jdbc.sql("SELECT * FROM career_record WHERE id = :id").param("id", id).query(CareerRecordRepository::map).optional();
    }

    /** Counts survive (role family, band, dates, flags, cohort); the person, employer, title and who said so do not. */
    void anonymise(UUID participantId, Instant at) {
        jdbc.sql("""
                UPDATE career_record SET participant_id = NULL, organisation_code = NULL, role_title = NULL,
                    recorded_by = NULL, anonymised_at = :at
                WHERE participant_id = :id""")
                .param("id", participantId).param("at", Timestamp.from(at)).update();
    }

    private static CareerRecord map(ResultSet rs, int row) throws SQLException {
        Date endsOn = rs.getDate("ends_on");
        return new CareerRecord(rs.getObject("id", UUID.class), rs.getObject("participant_id", UUID.class),
                rs.getObject("cohort_id", UUID.class), CareerRecord.Source.valueOf(rs.getString("source")),
                rs.getString("organisation_code"), OrganisationType.valueOf(rs.getString("organisation_type")),
                rs.getString("region_code"), rs.getString("role_title"), RoleFamily.valueOf(rs.getString("role_family")),
                rs.getString("band"), rs.getDate("starts_on").toLocalDate(), endsOn == null ? null : endsOn.toLocalDate(),
                rs.getBoolean("board_level"), rs.getBoolean("interim"), (Integer) rs.getObject("months_since_completion"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
