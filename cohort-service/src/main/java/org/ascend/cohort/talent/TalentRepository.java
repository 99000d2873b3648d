package org.ascend.cohort.talent;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ascend.cohort.career.RoleFamily;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TalentRepository {

    private final JdbcClient jdbc;

    TalentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertSystem(LocalSystem system, String by) {
        jdbc.sql("INSERT INTO local_system (id, name, region_code, created_by, created_at) VALUES (:id, :name, :region, :by, :at)")
                .param("id", system.id()).param("name", system.name()).param("region", system.regionCode()).param("by", by)
                .param("at", Timestamp.from(system.createdAt())).update();
        system.memberOrganisations().forEach(code -> jdbc.sql(
                "INSERT INTO local_system_member (local_system_id, organisation_code) VALUES (:id, :code) ON CONFLICT DO NOTHING")
                .param("id", system.id()).param("code", code).update());
    }

    boolean nameTaken(String name) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM local_system WHERE lower(name) = lower(:name))").param("name", name)
                .query(Boolean.class).single();
    }

    Optional<LocalSystem> findSystem(UUID id) {
        return jdbc.sql("SELECT * FROM local_system WHERE id = :id").param("id", id).query(this::system).optional();
    }

    /** Every system ({@code region} null), or a region's. */
    List<LocalSystem> systems(String region) {
        return jdbc.sql("SELECT * FROM local_system WHERE CAST(:region AS TEXT) IS NULL OR region_code = :region ORDER BY name")
                .param("region", region).query(this::system).list();
    }

    List<LocalSystem> systemsWithMember(String organisationCode) {
        return jdbc.sql("""
                SELECT s.* FROM local_system s JOIN local_system_member m ON m.local_system_id = s.id
                WHERE m.organisation_code = :code ORDER BY s.name""").param("code", organisationCode).query(this::system).list();
    }

    PoolEntry place(PoolEntry entry, String by) {
        jdbc.sql("""
                INSERT INTO talent_pool_entry (id, local_system_id, participant_id, readiness, role_families, added_by, added_at)
                VALUES (:id, :system, :participant, :readiness, CAST(:families AS TEXT[]), :by, :at)
                ON CONFLICT (local_system_id, participant_id) DO UPDATE SET readiness = EXCLUDED.readiness,
                    role_families = EXCLUDED.role_families, added_by = EXCLUDED.added_by, added_at = EXCLUDED.added_at""")
                .param("id", entry.id()).param("system", entry.localSystemId()).param("participant", entry.participantId())
                .param("readiness", entry.readiness().name())
                .param("families", "{" + String.join(",", entry.roleFamilies().stream().map(Enum::name).toList()) + "}")
                .param("by", by).param("at", Timestamp.from(entry.addedAt())).update();
        return entry(entry.localSystemId(), entry.participantId()).orElseThrow();
    }

    Optional<PoolEntry> entry(UUID systemId, UUID participantId) {
        return jdbc.sql("SELECT * FROM talent_pool_entry WHERE local_system_id = :system AND participant_id = :participant")
                .param("system", systemId).param("participant", participantId).query(TalentRepository::entry).optional();
    }

    Optional<PoolEntry> entry(UUID id) {
        return jdbc.sql("SELECT * FROM talent_pool_entry WHERE id = :id").param("id", id).query(TalentRepository::entry).optional();
    }

    /** The pool, optionally only those of a readiness or ready for a role family. */
    List<PoolEntry> pool(UUID systemId, Readiness readiness, RoleFamily roleFamily) {
        return jdbc.sql("""
                SELECT * FROM talent_pool_entry WHERE local_system_id = :system
                  AND (CAST(:readiness AS TEXT) IS NULL OR readiness = :readiness)
                  AND (CAST(:family AS TEXT) IS NULL OR :family = ANY (role_families))
                ORDER BY readiness, added_at, id""")
                .param("system", systemId).param("readiness", readiness == null ? null : readiness.name())
                .param("family", roleFamily == null ? null : roleFamily.name()).query(TalentRepository::entry).list();
    }

    List<PoolEntry> entriesOf(UUID participantId) {
        return jdbc.sql("SELECT * FROM talent_pool_entry WHERE participant_id = :participant ORDER BY added_at")
                .param("participant", participantId).query(TalentRepository::entry).list();
    }

    /** The interest registered in the entry goes with it (ON DELETE CASCADE). */
    boolean remove(UUID systemId, UUID participantId) {
        return jdbc.sql("DELETE FROM talent_pool_entry WHERE local_system_id = :system AND participant_id = :participant")
                .param("system", systemId).param("participant", participantId).update() == 1;
    }

    /** The person leaves every pool, with the interest shown in them. */
    void removeEverywhere(UUID participantId) {
        jdbc.sql("DELETE FROM talent_pool_entry WHERE participant_id = :participant").param("participant", participantId).update();
    }

    void registerInterest(Interest interest, String talentLeadSubject) {
        jdbc.sql("""
                INSERT INTO talent_interest (id, entry_id, talent_lead_subject, talent_lead_email, organisation_code, vacancy,
                    role_family, registered_at)
                VALUES (:id, :entry, :subject, :email, :organisation, :vacancy, :family, :at)""")
                .param("id", interest.id()).param("entry", interest.entryId()).param("subject", talentLeadSubject)
                .param("email", interest.talentLeadEmail()).param("organisation", interest.organisationCode())
                .param("vacancy", interest.vacancy()).param("family", interest.roleFamily().name())
                .param("at", Timestamp.from(interest.registeredAt())).update();
    }

    List<Interest> interestIn(UUID entryId) {
        return jdbc.sql("SELECT * FROM talent_interest WHERE entry_id = :entry ORDER BY registered_at")
                .param("entry", entryId)
                .query((rs, n) -> new Interest(rs.getObject("id", UUID.class), entryId, rs.getString("talent_lead_email"),
                        rs.getString("organisation_code"), rs.getString("vacancy"), RoleFamily.valueOf(rs.getString("role_family")),
                        rs.getTimestamp("registered_at").toInstant()))
                .list();
    }

    private LocalSystem system(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<String> members = jdbc.sql("SELECT organisation_code FROM local_system_member WHERE local_system_id = :id "
                + "ORDER BY organisation_code").param("id", id).query(String.class).list();
        return new LocalSystem(id, rs.getString("name"), rs.getString("region_code"), members,
                rs.getTimestamp("created_at").toInstant());
    }

    private static PoolEntry entry(ResultSet rs, int row) throws SQLException {
        Array families = rs.getArray("role_families");
        return new PoolEntry(rs.getObject("id", UUID.class), rs.getObject("local_system_id", UUID.class),
                rs.getObject("participant_id", UUID.class), Readiness.valueOf(rs.getString("readiness")),
                Arrays.stream((String[]) families.getArray()).map(RoleFamily::valueOf).toList(),
                rs.getTimestamp("added_at").toInstant());
    }
}
