package org.ascend.recruitment.search;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ascend.recruitment.application.Application;
import org.ascend.recruitment.application.ApplicationRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Lists, filters, sorts and pages an intake's applications for the programme team. */
@Service
public class ApplicationSearch {

    /** Sort keys users see, mapped to columns; anything else is refused before it reaches SQL. */
    public static final Map<String, String> SORTS = Map.of("submittedAt", "submitted_at", "familyName", "family_name",
            "band", "band", "region", "region_code", "status", "status");

    public record Page(List<Application> items, int page, int size, long total) {
    }

    private static final String WHERE = """
             FROM application WHERE intake_id = :intake
              AND (CAST(:status AS text) IS NULL OR status = :status)
              AND (CAST(:region AS text) IS NULL OR region_code = :region)
              AND (CAST(:band AS text) IS NULL OR band = :band)
              AND (CAST(:eligible AS boolean) IS NULL OR eligible = :eligible)
              AND (CAST(:endorsement AS text) IS NULL OR endorsement = :endorsement)
              AND (CAST(:text AS text) IS NULL OR given_name ILIKE :text OR family_name ILIKE :text
                   OR applicant_email ILIKE :text OR organisation_code ILIKE :text)""";

    private final JdbcClient jdbc;
    private final ApplicationRepository applications;

    ApplicationSearch(JdbcClient jdbc, ApplicationRepository applications) {
        this.jdbc = jdbc;
        this.applications = applications;
    }

    public Page find(UUID intakeId, ApplicationFilter filter, String sort, boolean descending, int page, int size) {
        String order = SORTS.get(sort) + (descending ? " DESC" : " ASC") + " NULLS LAST, id";
        List<Application> items = bind(jdbc.sql("SELECT " + columns() + " " + WHERE + " ORDER BY " + order
                + " LIMIT :limit OFFSET :offset"), intakeId, filter)
                .param("limit", size).param("offset", (long) page * size)
                .query(applications::map).list();
        long total = bind(jdbc.sql("SELECT count(*) " + WHERE), intakeId, filter).query(Long.class).single();
        return new Page(items, page, size, total);
    }

    private static String columns() {
        return ApplicationRepository.COLUMNS;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, UUID intakeId, ApplicationFilter f) {
        return sql.param("intake", intakeId).param("status", f.status()).param("region", f.region())
                .param("band", f.band()).param("eligible", f.eligible())
                .param("endorsement", f.endorsement() == null ? null : f.endorsement().name())
                .param("text", f.q() == null || f.q().isBlank() ? null : "%" + escapeLike(f.q().strip()) + "%");
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
