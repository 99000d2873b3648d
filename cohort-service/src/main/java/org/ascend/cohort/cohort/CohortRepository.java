package org.ascend.cohort.cohort;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CohortRepository {

    private static final String COLUMNS = """
            id, intake_id, scheme_id, name, capacity, starts_on, ends_on, status, cancel_reason, scope_kind, region_code,
            system_code, member_orgs, delivery_partners, created_at, version""";

    private final JdbcClient jdbc;

    CohortRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Cohort c) {
        jdbc.sql("INSERT INTO cohort (" + COLUMNS + ") VALUES (:id, :intake, :scheme, :name, :capacity, :startsOn, :endsOn,"
                + " :status, NULL, :scopeKind, :region, :system, CAST(:members AS text[]), CAST(:partners AS text[]), :createdAt, 1)")
                .param("id", c.id()).param("intake", c.intakeId()).param("scheme", c.schemeId()).param("name", c.name())
                .param("capacity", c.capacity()).param("startsOn", Date.valueOf(c.startsOn()))
                .param("endsOn", Date.valueOf(c.endsOn())).param("status", c.status().name())
                .param("scopeKind", c.scope().kind().name()).param("region", c.scope().regionCode())
                .param("system", c.scope().systemCode())
                .param("members", c.scope().memberOrganisations().toArray(String[]::new))
                .param("partners", c.deliveryPartners().toArray(String[]::new))
                .param("createdAt", Timestamp.from(c.createdAt()))
                .update();
    }

    Optional<Cohort> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM cohort WHERE id = :id").param("id", id).query(CohortRepository::map).optional();
    }

    /** The cohort, its row locked until the transaction ends: changes to its places queue behind each other. */
    Optional<Cohort> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM cohort WHERE id = :id FOR UPDATE").param("id", id)
                .query(CohortRepository::map).optional();
    }

    List<Cohort> list(UUID intakeId, String regionCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM cohort WHERE (CAST(:intake AS uuid) IS NULL OR intake_id = :intake)"
                + " AND (CAST(:region AS text) IS NULL OR region_code = :region) ORDER BY starts_on DESC, name")
                .param("intake", intakeId).param("region", regionCode).query(CohortRepository::map).list();
    }

    boolean changeStatus(UUID id, CohortStatus from, CohortStatus to, String cancelReason) {
        return jdbc.sql("UPDATE cohort SET status = :to, cancel_reason = :reason, version = version + 1"
                + " WHERE id = :id AND status = :from")
                .param("id", id).param("from", from.name()).param("to", to.name()).param("reason", cancelReason)
                .update() == 1;
    }

    void changeCapacity(UUID id, int capacity) {
        jdbc.sql("UPDATE cohort SET capacity = :capacity, version = version + 1 WHERE id = :id")
                .param("id", id).param("capacity", capacity).update();
    }

    private static Cohort map(ResultSet rs, int row) throws SQLException {
        return new Cohort(rs.getObject("id", UUID.class), rs.getObject("intake_id", UUID.class),
                rs.getObject("scheme_id", UUID.class), rs.getString("name"), rs.getInt("capacity"),
                rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate(),
                CohortStatus.valueOf(rs.getString("status")), rs.getString("cancel_reason"),
                new Scope(Scope.Kind.valueOf(rs.getString("scope_kind")), rs.getString("region_code"),
                        rs.getString("system_code"), strings(rs.getArray("member_orgs"))),
                strings(rs.getArray("delivery_partners")), rs.getTimestamp("created_at").toInstant(), rs.getLong("version"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
