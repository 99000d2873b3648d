package org.ascend.reporting.equality;

import org.ascend.reporting.equality.events.EqualityRecorded;
import org.ascend.reporting.IntakeFiguresChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Equality answers as the categories breakdowns count (docs/reporting.md). Ethnicity: the five high-level groups and
 * BME/White from the NHS ethnic category (A–S), Z ("not stated": asked and declined) as prefer not to say, 99 ("not
 * known") or no answer as not stated.
 */
@Component
public class EqualityAnswers {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher changes;

    EqualityAnswers(JdbcClient jdbc, ApplicationEventPublisher changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    public void record(EqualityRecorded answers) {
        String ethnicGroup = ethnic(answers.ethnicCategory(), answers.ethnicGroup());
        String bme = answers.blackAndMinorityEthnic() == null ? ethnic(answers.ethnicCategory(), Characteristic.NOT_STATED)
                : answers.blackAndMinorityEthnic() ? "BME" : "White";
        jdbc.sql("""
                INSERT INTO application_equality (application_id, intake_id, ethnic_group, bme, sex, disability, age_band,
                    sexual_orientation, religion_belief)
                VALUES (:application, :intake, :ethnic, :bme, :sex, :disability, :age, :orientation, :religion)
                ON CONFLICT (application_id) DO UPDATE SET ethnic_group = EXCLUDED.ethnic_group, bme = EXCLUDED.bme,
                    sex = EXCLUDED.sex, disability = EXCLUDED.disability, age_band = EXCLUDED.age_band,
                    sexual_orientation = EXCLUDED.sexual_orientation, religion_belief = EXCLUDED.religion_belief""")
                .param("application", answers.applicationId()).param("intake", answers.intakeId()).param("ethnic", ethnicGroup)
                .param("bme", bme).param("sex", stated(answers.sex())).param("disability", stated(answers.disability()))
                .param("age", stated(answers.ageBand())).param("orientation", stated(answers.sexualOrientation()))
                .param("religion", stated(answers.religionBelief())).update();
        changes.publishEvent(new IntakeFiguresChanged(answers.intakeId()));
    }

    /** An objection (DPA 2018 Sch. 1 para 8): the answers stop being processed; the person counts as not stated. */
    public void objected(java.util.UUID applicationId) {
        jdbc.sql("DELETE FROM application_equality WHERE application_id = :application RETURNING intake_id")
                .param("application", applicationId).query(java.util.UUID.class).optional()
                .ifPresent(intake -> changes.publishEvent(new IntakeFiguresChanged(intake)));
    }

    private static String ethnic(String category, String group) {
        if (category == null || category.equals("99")) {
            return Characteristic.NOT_STATED;
        }
        if (category.equals("Z")) {
            return Characteristic.PREFER_NOT_TO_SAY;
        }
        return group == null ? Characteristic.NOT_STATED : group;
    }

    private static String stated(String answer) {
        return answer == null ? Characteristic.NOT_STATED : answer;
    }
}
