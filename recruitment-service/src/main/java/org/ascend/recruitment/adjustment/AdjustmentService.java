package org.ascend.recruitment.adjustment;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.ascend.platform.problem.ApiProblem;
import org.ascend.platform.security.Caller;
import org.ascend.recruitment.application.ApplicationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reasonable adjustments (Equality Act 2010 s.20, docs/domain.md): the applicant asks, the programme team arranges.
 * Kept apart from the application; assessors and decision-makers never see them; no pack, export or event carries
 * them. Erasure deletes them.
 */
@Service
public class AdjustmentService {

    private final AdjustmentRepository adjustments;
    private final ApplicationService applications;
    private final Clock clock;

    AdjustmentService(AdjustmentRepository adjustments, ApplicationService applications, Clock clock) {
        this.adjustments = adjustments;
        this.applications = applications;
        this.clock = clock;
    }

    /** The applicant's request for their own application. */
    @Transactional
    public AdjustmentRequest request(UUID applicationId, String needs, Caller applicant) {
        applications.get(applicationId, applicant); // their own, or it looks absent
        adjustments.save(applicationId, needs, clock.instant());
        return adjustments.ofApplication(applicationId).orElseThrow();
    }

    /** The applicant's own request, or any for the programme team. */
    public AdjustmentRequest get(UUID applicationId, Caller caller) {
        applications.get(applicationId, caller);
        return adjustments.ofApplication(applicationId).orElseThrow(() -> ApiProblem.notFound("Adjustment request", applicationId));
    }

    /** An intake's requests, for the programme team to arrange. */
    public List<AdjustmentRequest> ofIntake(UUID intakeId) {
        return adjustments.ofIntake(intakeId);
    }

    /** The programme team records what it arranged. */
    @Transactional
    public AdjustmentRequest arrange(UUID id, String arranged, Caller programmeTeam) {
        AdjustmentRequest request = adjustments.find(id).orElseThrow(() -> ApiProblem.notFound("Adjustment request", id));
        adjustments.arrange(id, arranged, programmeTeam.subject(), clock.instant());
        return adjustments.find(request.id()).orElseThrow();
    }

    /** Erasure and retention: the requests go with the person. Call inside the erasing transaction. */
    public void forget(List<UUID> applicationIds) {
        adjustments.delete(applicationIds);
    }
}
