package org.ascend.recruitment.equality;

import java.time.Instant;
import java.util.UUID;

import org.ascend.platform.problem.ApiProblem;
import org.ascend.platform.security.Caller;
import org.ascend.recruitment.application.Application;
import org.ascend.recruitment.application.ApplicationService;
import org.ascend.recruitment.equality.events.EqualityObjected;
import org.ascend.recruitment.equality.events.EqualityRecorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Equality monitoring, for the applicant alone: only they record, read or object to their answers
 * (docs/domain.md §2). Nobody who decides about them can reach it; it leaves only on the restricted topic.
 */
@Service
public class EqualityService {

    private final EqualityRepository monitoring;
    private final ApplicationService applications;
    private final ApplicationEventPublisher events;

    /** Anonymisation: the answers stay for statistics, the link to the person's login goes. */
    @Transactional
    public void unlink(java.util.Collection<UUID> applicationIds) {
        monitoring.unlink(applicationIds);
    }

    EqualityService(EqualityRepository monitoring, ApplicationService applications, ApplicationEventPublisher events) {
        this.monitoring = monitoring;
        this.applications = applications;
        this.events = events;
    }

    @Transactional
    public EqualityRecord record(UUID applicationId, Caller applicant, EqualityAnswers answers) {
        Application application = ownApplication(applicationId, applicant);
        monitoring.find(applicationId).filter(r -> r.objectedAt() != null).ifPresent(r -> {
            throw ApiProblem.conflict("equality-objected", "Monitoring objected to",
                    "You objected to equality monitoring for this application, so it is no longer processed.");
        });
        Instant now = Instant.now();
        long version = monitoring.save(applicationId, applicant.subject(), answers, now);
        EthnicCategory ethnic = answers.ethnicCategory() == null ? null : EthnicCategory.of(answers.ethnicCategory());
        events.publishEvent(new EqualityRecorded(UUID.randomUUID(), applicationId, application.intakeId(),
                answers.ethnicCategory(), ethnic == null ? null : EthnicCategory.CLASSIFICATION,
                ethnic == null ? null : ethnic.group().orElse(null),
                ethnic == null ? null : ethnic.blackAndMinorityEthnic().orElse(null), answers.ageBand(),
                answers.disability(), answers.genderReassignment(), answers.marriageCivilPartnership(),
                answers.pregnancyMaternity(), answers.religionBelief(), answers.sex(), answers.sexualOrientation(),
                version, now));
        return monitoring.find(applicationId).orElseThrow();
    }

    public EqualityRecord get(UUID applicationId, Caller applicant) {
        ownApplication(applicationId, applicant);
        return monitoring.find(applicationId)
                .orElseThrow(() -> ApiProblem.notFound("Equality monitoring record", applicationId));
    }

    /** The caller's own answers, if they gave any: for their subject access download. */
    public java.util.Optional<EqualityRecord> findOwn(UUID applicationId, Caller applicant) {
        ownApplication(applicationId, applicant);
        return monitoring.find(applicationId);
    }

    /** DPA 2018 Sch. 1 para 8(5): the answers are erased here and consumers are told to erase theirs. */
    @Transactional
    public EqualityRecord object(UUID applicationId, Caller applicant) {
        Application application = ownApplication(applicationId, applicant);
        Instant now = Instant.now();
        long version = monitoring.object(applicationId, applicant.subject(), now);
        events.publishEvent(new EqualityObjected(UUID.randomUUID(), applicationId, application.intakeId(), version, now));
        return monitoring.find(applicationId).orElseThrow();
    }

    private Application ownApplication(UUID applicationId, Caller applicant) {
        Application application = applications.get(applicationId, applicant); // 404 unless it is theirs
        if (!application.applicantSubject().equals(applicant.subject())) {
            throw ApiProblem.notFound("Application", applicationId); // a programme manager is not the applicant
        }
        return application;
    }
}
