package org.ascend.assessment.assessor;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AssessorRepository {

    private record Row(String subject, String displayName, String organisationCode, Instant addedAt, Instant declaredAt) {
    }

    private record DeclaredConflict(String subject, Assessor.Conflict conflict) {
    }

    private final JdbcClient jdbc;

    AssessorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the subject is already in the pool. */
    boolean insert(String subject, String displayName, String organisationCode, Instant at, String by) {
        return jdbc.sql("""
                INSERT INTO assessor (subject, display_name, organisation_code, added_at, added_by)
                VALUES (:subject, :name, :org, :at, :by) ON CONFLICT (subject) DO NOTHING""")
                .param("subject", subject).param("name", displayName).param("org", organisationCode)
                .param("at", Timestamp.from(at)).param("by", by).update() == 1;
    }

    /** The current declaration is superseded, never deleted; the new one is current from {@code at}. */
    void declare(String subject, List<Assessor.Conflict> conflicts, Instant at) {
        jdbc.sql("UPDATE conflict_declaration SET superseded_at = :at WHERE assessor_subject = :s AND superseded_at IS NULL")
                .param("at", Timestamp.from(at)).param("s", subject).update();
        jdbc.sql("UPDATE assessor SET declared_at = :at WHERE subject = :s")
                .param("at", Timestamp.from(at)).param("s", subject).update();
        for (Assessor.Conflict c : conflicts) {
            jdbc.sql("""
                    INSERT INTO conflict_declaration (id, assessor_subject, kind, organisation_code, note, declared_at)
                    VALUES (:id, :s, :kind, :org, :note, :at)""")
                    .param("id", UUID.randomUUID()).param("s", subject).param("kind", c.kind().name())
                    .param("org", c.organisationCode()).param("note", c.note()).param("at", Timestamp.from(at)).update();
        }
    }

    Optional<Assessor> find(String subject) {
        return select(subject).stream().findFirst();
    }

    List<Assessor> all() {
        return select(null);
    }

    private List<Assessor> select(String only) {
        List<Row> rows = jdbc.sql("""
                SELECT subject, display_name, organisation_code, added_at, declared_at FROM assessor
                WHERE CAST(:only AS text) IS NULL OR subject = :only ORDER BY display_name, subject""")
                .param("only", only)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .list();
        Map<String, List<Assessor.Conflict>> conflicts = jdbc.sql("""
                SELECT assessor_subject, kind, organisation_code, note FROM conflict_declaration
                WHERE superseded_at IS NULL AND (CAST(:only AS text) IS NULL OR assessor_subject = :only)
                ORDER BY organisation_code, kind""")
                .param("only", only)
                .query((rs, n) -> new DeclaredConflict(rs.getString(1), new Assessor.Conflict(
                        Assessor.Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4))))
                .list().stream().collect(Collectors.groupingBy(DeclaredConflict::subject,
                        Collectors.mapping(DeclaredConflict::conflict, Collectors.toList())));
        return rows.stream().map(r -> new Assessor(r.subject(), r.displayName(), r.organisationCode(), r.addedAt(),
                conflicts.getOrDefault(r.subject(), List.of()), r.declaredAt())).toList();
    }
}
