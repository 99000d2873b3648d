package org.ascend.cohort.career;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ascend.cohort.career.events.CareerMoveRecorded;
import org.ascend.cohort.participant.Participant;
import org.ascend.cohort.participant.ParticipantService;
import org.ascend.platform.problem.ApiProblem;
import org.ascend.platform.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Career records (docs/cohorts.md, "Careers"): the participant reports their own moves; the programme team records
 * moves with their source. Only while the participant's consent is in force; each move is published without names
 * or free text, for reporting's progression figures.
 */
@Service
public class CareerRecordService {

    private final CareerRecordRepository records;
    private final CareerConsentService consents;
    private final ParticipantService participants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CareerRecordService(CareerRecordRepository records, CareerConsentService consents, ParticipantService participants,
            ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.consents = consents;
        this.participants = participants;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a role. A participant's own report is always {@code SELF_REPORTED}; the programme team names the source.
     */
    @Transactional
    public CareerRecord record(UUID participantId, CareerRecord.Role role, CareerRecord.Source source, Caller caller) {
        Participant participant = participants.get(participantId, caller);
        boolean self = caller.subject().equals(participant.applicantSubject());
        if (self && source != null && source != CareerRecord.Source.SELF_REPORTED) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "source-is-the-programme-teams", "Only the programme team names a source",
                    "A move you report yourself is recorded as SELF_REPORTED; leave 'source' out.");
        }
        if (!self && source == null) {
            throw ApiProblem.invalidFields(java.util.Map.of("source",
                    "say where the programme team learnt of this move: SELF_REPORTED, EMPLOYER_CONFIRMED or PUBLIC_BOARD_LIST"));
        }
        return record(participant, role, self ? CareerRecord.Source.SELF_REPORTED : source, caller.subject());
    }

    /** Records a role reported in a check-in answer (the participant, already checked). */
    CareerRecord record(Participant participant, CareerRecord.Role role, CareerRecord.Source source, String recordedBy) {
        consents.requireTracking(participant.id());
        long version = consents.nextVersion(participant.id());
        Optional<LocalDate> completedOn = participants.completedOn(participant);
        Integer months = completedOn.map(on -> (int) ChronoUnit.MONTHS.between(on, role.startsOn())).orElse(null);
        CareerRecord record = new CareerRecord(UUID.randomUUID(), participant.id(), participant.cohortId(), source,
                role.organisationCode().toUpperCase(), role.organisationType(), role.regionCode(), role.roleTitle(),
                role.roleFamily(), role.band(), role.startsOn(), role.endsOn(), role.boardLevel(), role.interim(), months,
                clock.instant());
        records.insert(record, recordedBy);
        events.publishEvent(new CareerMoveRecorded(UUID.randomUUID(), record.id(), participant.id(), participant.cohortId(),
                source, role.roleFamily(), role.band(), role.organisationType(), role.boardLevel(), role.interim(), months,
                version, record.recordedAt()));
        return record;
    }

    /** A participant's career, the latest role first: for them and the programme team. */
    public List<CareerRecord> of(UUID participantId, Caller caller) {
        participants.get(participantId, caller);
        return records.ofParticipant(participantId);
    }

    /**
     * The role a participant holds today, as the directory and talent pools show it: of today's roles the latest
     * started (of records of the same role, the latest recorded).
     */
    public Optional<CareerRecord> currentRole(UUID participantId) {
        LocalDate today = LocalDate.now(clock);
        return records.ofParticipant(participantId).stream().filter(r -> r.current(today)).findFirst();
    }
}
