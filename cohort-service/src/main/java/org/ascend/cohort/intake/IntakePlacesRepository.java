package org.ascend.cohort.intake;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class IntakePlacesRepository {

    private final JdbcClient jdbc;

    IntakePlacesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Applies the intake's state unless a newer version is already stored (stale events lose). */
    void upsertIfNewer(IntakePlaces intake) {
        jdbc.sql("""
                INSERT INTO intake_places (intake_id, scheme_id, places, status, version)
                VALUES (:intake, :scheme, :places, :status, :version)
                ON CONFLICT (intake_id) DO UPDATE SET places = EXCLUDED.places, status = EXCLUDED.status,
                    version = EXCLUDED.version
                WHERE intake_places.version < EXCLUDED.version""")
                .param("intake", intake.intakeId()).param("scheme", intake.schemeId())
                .param("places", intake.places()).param("status", intake.status()).param("version", intake.version())
                .update();
    }

    /** Marks the intake closed unless a newer version is already stored. */
    void closeIfNewer(UUID intakeId, long version) {
        jdbc.sql("UPDATE intake_places SET status = 'CLOSED', version = :version WHERE intake_id = :intake AND version < :version")
                .param("intake", intakeId).param("version", version).update();
    }

    boolean knowsScheme(UUID schemeId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM intake_places WHERE scheme_id = :scheme)").param("scheme", schemeId)
                .query(Boolean.class).single();
    }

    public Optional<IntakePlaces> find(UUID intakeId) {
        return jdbc.sql("SELECT intake_id, scheme_id, places, status, version FROM intake_places WHERE intake_id = :id")
                .param("id", intakeId)
                .query((rs, n) -> new IntakePlaces(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getInt(3), rs.getString(4), rs.getLong(5)))
                .optional();
    }
}
