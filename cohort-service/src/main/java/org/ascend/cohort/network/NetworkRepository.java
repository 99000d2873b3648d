package org.ascend.cohort.network;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ascend.cohort.career.OrganisationType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class NetworkRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    NetworkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(RegionalNetwork network, String by) {
        jdbc.sql("INSERT INTO regional_network (id, name, region_code, created_by, created_at) VALUES (:id, :name, :region, :by, :at)")
                .param("id", network.id()).param("name", network.name()).param("region", network.regionCode()).param("by", by)
                .param("at", Timestamp.from(network.createdAt())).update();
    }

    boolean nameTaken(String name) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM regional_network WHERE lower(name) = lower(:name))").param("name", name)
                .query(Boolean.class).single();
    }

    Optional<RegionalNetwork> find(UUID id) {
        return jdbc.sql("SELECT * FROM regional_network WHERE id = :id").param("id", id).query(NetworkRepository::network).optional();
    }

    List<RegionalNetwork> list(String region) {
        return jdbc.sql("SELECT * FROM regional_network WHERE CAST(:region AS TEXT) IS NULL OR region_code = :region ORDER BY name")
                .param("region", region).query(NetworkRepository::network).list();
    }

    void insertEvent(NetworkEvent event, String by, java.time.Instant at) {
        jdbc.sql("""
                INSERT INTO network_event (id, network_id, held_on, kind, topic, attendance, recorded_by, recorded_at)
                VALUES (:id, :network, :heldOn, :kind, :topic, CAST(:attendance AS JSONB), :by, :at)""")
                .param("id", event.id()).param("network", event.networkId()).param("heldOn", Date.valueOf(event.heldOn()))
                .param("kind", event.kind().name()).param("topic", event.topic())
                .param("attendance", JSON.writeValueAsString(event.attendance())).param("by", by).param("at", Timestamp.from(at))
                .update();
    }

    Optional<NetworkEvent> findEvent(UUID id) {
        return jdbc.sql(EVENTS + " WHERE e.id = :id").param("id", id).query(NetworkRepository::event).optional();
    }

    List<NetworkEvent> events(UUID networkId) {
        return jdbc.sql(EVENTS + " WHERE e.network_id = :network ORDER BY e.held_on, e.id").param("network", networkId)
                .query(NetworkRepository::event).list();
    }

    /** Links the attendees (each consenting, checked by the caller); returns how many were new. */
    int link(UUID eventId, List<UUID> participantIds) {
        int linked = 0;
        for (UUID participant : participantIds) {
            linked += jdbc.sql("INSERT INTO network_event_attendee (event_id, participant_id) VALUES (:event, :participant) "
                    + "ON CONFLICT DO NOTHING").param("event", eventId).param("participant", participant).update();
        }
        return linked;
    }

    void unlinkEverywhere(UUID participantId) {
        jdbc.sql("DELETE FROM network_event_attendee WHERE participant_id = :participant").param("participant", participantId)
                .update();
    }

    private static final String EVENTS = """
            SELECT e.*, (SELECT count(*) FROM network_event_attendee a WHERE a.event_id = e.id) AS linked
            FROM network_event e""";

    private static RegionalNetwork network(ResultSet rs, int row) throws SQLException {
        return new RegionalNetwork(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("region_code"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static NetworkEvent event(ResultSet rs, int row) throws SQLException {
        Map<OrganisationType, Integer> attendance = new EnumMap<>(OrganisationType.class);
        attendance.putAll(JSON.readValue(rs.getString("attendance"), new TypeReference<Map<OrganisationType, Integer>>() {
        }));
        return new NetworkEvent(rs.getObject("id", UUID.class), rs.getObject("network_id", UUID.class),
                rs.getDate("held_on").toLocalDate(), EventKind.valueOf(rs.getString("kind")), rs.getString("topic"), attendance,
                rs.getInt("linked"));
    }
}
