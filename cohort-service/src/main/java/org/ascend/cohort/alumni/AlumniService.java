package org.ascend.cohort.alumni;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ascend.cohort.career.CareerConsent;
import org.ascend.cohort.career.CareerConsentService;
import org.ascend.cohort.career.CareerRecord;
import org.ascend.cohort.career.CareerRecordService;
import org.ascend.cohort.cohort.Cohort;
import org.ascend.cohort.cohort.CohortService;
import org.ascend.cohort.intake.IntakePlacesService;
import org.ascend.cohort.participant.Participant;
import org.ascend.cohort.participant.ParticipantService;
import org.ascend.platform.problem.ApiProblem;
import org.ascend.platform.security.Caller;
import org.springframework.stereotype.Service;

/**
 * Alumni (docs/cohorts.md, "Alumni"): whoever completed a cohort of a scheme. The directory lists those who opted in
 * while their consent is in force, and only other alumni of the scheme and the programme team see it. It is read
 * from the consents as they stand, so a withdrawal removes the person at once.
 */
@Service
public class AlumniService {

    private final ParticipantService participants;
    private final CohortService cohorts;
    private final CareerConsentService consents;
    private final CareerRecordService records;
    private final IntakePlacesService intakes;

    AlumniService(ParticipantService participants, CohortService cohorts, CareerConsentService consents,
            CareerRecordService records, IntakePlacesService intakes) {
        this.intakes = intakes;
        this.participants = participants;
        this.cohorts = cohorts;
        this.consents = consents;
        this.records = records;
    }

    /** The schemes and cohorts the caller is an alumnus of. */
    public List<Alumnus> mine(Caller caller) {
        return participants.mine(caller).stream()
                .flatMap(p -> participants.completedOn(p).map(on -> alumnus(p, on)).stream()).toList();
    }

    public List<DirectoryEntry> directory(UUID schemeId, Caller caller) {
        boolean alumnus = mine(caller).stream().anyMatch(a -> a.schemeId().equals(schemeId));
        if (!intakes.knowsScheme(schemeId) || !caller.has("programme-manager") && !alumnus) {
            throw ApiProblem.notFound("Alumni directory of scheme", schemeId);
        }
        return participants.alumniOf(schemeId).stream()
                .flatMap(p -> consents.tracking(p.id()).filter(CareerConsent::shareInAlumniDirectory)
                        .flatMap(consent -> entry(p)).stream())
                .toList();
    }

    private Optional<DirectoryEntry> entry(Participant participant) {
        if (participant.contact() == null) {
            return Optional.empty();
        }
        Optional<CareerRecord> current = records.currentRole(participant.id());
        return Optional.of(new DirectoryEntry(participant.contact().givenName(), participant.contact().familyName(),
                cohorts.byId(participant.cohortId()).name(),
                current.map(CareerRecord::roleTitle).orElse(participant.contact().currentRole()),
                current.map(CareerRecord::roleFamily).orElse(null),
                current.map(CareerRecord::organisationCode).orElse(participant.contact().organisationCode()),
                current.map(CareerRecord::regionCode).orElse(null)));
    }

    private Alumnus alumnus(Participant participant, java.time.LocalDate completedOn) {
        Cohort cohort = cohorts.byId(participant.cohortId());
        return new Alumnus(participant.id(), cohort.schemeId(), cohort.id(), cohort.name(), completedOn);
    }
}
