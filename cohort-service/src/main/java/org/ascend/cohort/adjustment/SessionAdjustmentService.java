package org.ascend.cohort.adjustment;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.ascend.cohort.participant.Participant;
import org.ascend.cohort.participant.ParticipantService;
import org.ascend.platform.problem.ApiProblem;
import org.ascend.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reasonable adjustments for the programme's sessions (Equality Act 2010 s.20, docs/cohorts.md): the participant
 * asks, the programme team arranges. Coaches and sponsors never see them; no event carries them; erasure deletes them.
 */
@Service
public class SessionAdjustmentService {

    private final SessionAdjustmentRepository adjustments;
    private final ParticipantService participants;
    private final Clock clock;

    SessionAdjustmentService(SessionAdjustmentRepository adjustments, ParticipantService participants, Clock clock) {
        this.adjustments = adjustments;
        this.participants = participants;
        this.clock = clock;
    }

    /** The participant's own request (asking again replaces it). */
    @Transactional
    public SessionAdjustment request(UUID participantId, String needs, Caller caller) {
        Participant participant = participants.get(participantId, caller);
        if (!caller.subject().equals(participant.applicantSubject())) {
            throw ApiProblem.notFound("Participant", participantId); // the participant's own words, never the team's
        }
        adjustments.save(participantId, participant.cohortId(), needs, clock.instant());
        return adjustments.of(participantId).orElseThrow();
    }

    /** The participant's own request, or any for the programme team. */
    public SessionAdjustment get(UUID participantId, Caller caller) {
        participants.get(participantId, caller);
        return adjustments.of(participantId).orElseThrow(() -> ApiProblem.notFound("Adjustment request", participantId));
    }

    /** A cohort's requests, for the programme team to arrange before its sessions. */
    public List<SessionAdjustment> ofCohort(UUID cohortId, Caller caller) {
        participants.ofCohort(cohortId, caller);
        return adjustments.ofCohort(cohortId);
    }

    /** The programme team records what it arranged. */
    @Transactional
    public SessionAdjustment arrange(UUID participantId, String arranged, Caller programmeTeam) {
        adjustments.of(participantId).orElseThrow(() -> ApiProblem.notFound("Adjustment request", participantId));
        adjustments.arrange(participantId, arranged, programmeTeam.subject(), clock.instant());
        return adjustments.of(participantId).orElseThrow();
    }

    /** Erasure: the requests go with the person. Call inside the erasing transaction. */
    public void forget(List<UUID> applicationIds) {
        if (!applicationIds.isEmpty()) {
            adjustments.deleteOfApplications(applicationIds);
        }
    }
}
