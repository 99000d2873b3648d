package org.ascend.recruitment.scheme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ascend.recruitment.eligibility.EligibilityRules;
import org.ascend.recruitment.eligibility.OrganisationType;
import org.ascend.recruitment.eligibility.PositiveAction;
import org.ascend.recruitment.eligibility.Profession;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class SchemeRepository {

    private static final String COLUMNS = """
            id, name, owner_body, description, target_cohort_size, regions_covered, min_band, max_band, eligible_regions,
            eligible_professions, eligible_organisation_types, positive_action_basis, positive_action_characteristic,
            positive_action_justification, retention_months, created_at""";

    private final JdbcClient jdbc;

    SchemeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Scheme s) {
        EligibilityRules rules = s.eligibility();
        jdbc.sql("INSERT INTO scheme (" + COLUMNS + ") VALUES (:id, :name, :owner, :description, :size, :covered,"
                + " :minBand, :maxBand, :regions, :professions, :orgTypes, :basis, :characteristic, :justification,"
                + " :retention, :createdAt)")
                .param("id", s.id()).param("name", s.name()).param("owner", s.ownerBody())
                .param("description", s.description()).param("size", s.targetCohortSize())
                .param("covered", joined(s.regionsCovered())).param("minBand", rules.minBand())
                .param("maxBand", rules.maxBand()).param("regions", joined(rules.regions()))
                .param("professions", joined(rules.professions())).param("orgTypes", joined(rules.organisationTypes()))
                .param("basis", s.positiveAction().basis().name())
                .param("characteristic", s.positiveAction().characteristic() == null ? null
                        : s.positiveAction().characteristic().name())
                .param("justification", s.positiveAction().justification())
                .param("retention", s.retentionMonths()).param("createdAt", Timestamp.from(s.createdAt()))
                .update();
    }

    public Optional<Scheme> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM scheme WHERE id = :id").param("id", id).query(this::map).optional();
    }

    public List<Scheme> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM scheme ORDER BY name").query(this::map).list();
    }

    private Scheme map(ResultSet rs, int row) throws SQLException {
        var rules = new EligibilityRules(rs.getString("min_band"), rs.getString("max_band"),
                split(rs.getString("eligible_regions"), Function.identity()),
                split(rs.getString("eligible_professions"), Profession::valueOf),
                split(rs.getString("eligible_organisation_types"), OrganisationType::valueOf));
        String characteristic = rs.getString("positive_action_characteristic");
        var positiveAction = new PositiveAction(PositiveAction.Basis.valueOf(rs.getString("positive_action_basis")),
                characteristic == null ? null : PositiveAction.ProtectedCharacteristic.valueOf(characteristic),
                rs.getString("positive_action_justification"));
        return new Scheme(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("owner_body"),
                rs.getString("description"), rs.getInt("target_cohort_size"),
                split(rs.getString("regions_covered"), Function.identity()), rules, positiveAction,
                rs.getInt("retention_months"), rs.getTimestamp("created_at").toInstant());
    }

    private static String joined(Collection<?> values) {
        return values == null || values.isEmpty() ? null
                : values.stream().map(Object::toString).collect(Collectors.toCollection(TreeSet::new)).stream()
                        .collect(Collectors.joining(","));
    }

    private static <T> Set<T> split(String joined, Function<String, T> parse) {
        return joined == null ? Set.of() : java.util.Arrays.stream(joined.split(",")).map(parse).collect(Collectors.toSet());
    }
}
