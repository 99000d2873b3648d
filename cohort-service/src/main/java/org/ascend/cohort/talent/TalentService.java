package org.ascend.cohort.talent;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ascend.cohort.career.CareerConsent;
import org.ascend.cohort.career.CareerConsentService;
import org.ascend.cohort.career.CareerRecord;
import org.ascend.cohort.career.CareerRecordService;
import org.ascend.cohort.career.RoleFamily;
import org.ascend.cohort.career.events.CareerConsentGiven;
import org.ascend.cohort.career.events.CareerConsentWithdrawn;
import org.ascend.cohort.participant.Participant;
import org.ascend.cohort.participant.ParticipantService;
import org.ascend.platform.problem.ApiProblem;
import org.ascend.platform.security.Caller;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local systems and their talent pools (docs/cohorts.md, "Talent pools"). The programme team, or the regional lead
 * of the system's region, keeps the pool, with people who chose to share; talent leads of member organisations
 * search it and register interest; the person sees who did. A talent lead of any other organisation sees nothing.
 */
@Service
public class TalentService {

    private final TalentRepository talent;
    private final CareerConsentService consents;
    private final CareerRecordService records;
    private final ParticipantService participants;
    private final Clock clock;

    TalentService(TalentRepository talent, CareerConsentService consents, CareerRecordService records,
            ParticipantService participants, Clock clock) {
        this.talent = talent;
        this.consents = consents;
        this.records = records;
        this.participants = participants;
        this.clock = clock;
    }

    @Transactional
    public LocalSystem create(String name, String regionCode, List<String> members, Caller caller) {
        if (!caller.has("programme-manager") && !regionCode.equals(caller.region())) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "other-region", "Not your region",
                    "A regional lead records local systems of their own region (" + caller.region() + ") only.");
        }
        if (talent.nameTaken(name)) {
            throw ApiProblem.conflict("local-system-exists", "Local system exists",
                    "A local system called '" + name + "' exists already; GET /api/cohorts/local-systems lists them.");
        }
        LocalSystem system = new LocalSystem(UUID.randomUUID(), name, regionCode,
                members.stream().map(String::toUpperCase).distinct().sorted().toList(), clock.instant());
        talent.insertSystem(system, caller.subject());
        return talent.findSystem(system.id()).orElseThrow();
    }

    /** The systems the caller may see: all (programme team), their region's (regional lead), their organisation's. */
    public List<LocalSystem> visible(Caller caller) {
        if (caller.has("programme-manager")) {
            return talent.systems(null);
        }
        if (caller.has("regional-lead") && caller.region() != null) {
            return talent.systems(caller.region());
        }
        return caller.organisation() == null ? List.of() : talent.systemsWithMember(caller.organisation().toUpperCase());
    }

    public LocalSystem get(UUID id, Caller caller) {
        return talent.findSystem(id).filter(system -> sees(system, caller))
                .orElseThrow(() -> ApiProblem.notFound("Local system", id));
    }

    /** Places (or re-places) a consenting, sharing person in the pool with their readiness. */
    @Transactional
    public PoolEntry place(UUID systemId, UUID participantId, Readiness readiness, List<RoleFamily> roleFamilies, Caller caller) {
        LocalSystem system = managed(systemId, caller);
        participants.byId(participantId);
        CareerConsent consent = consents.requireTracking(participantId);
        if (!consent.shareInTalentPool()) {
            throw ApiProblem.conflict("not-shared", "Not shared with talent pools",
                    "This person has not chosen to share their career with local talent pools; only they can, in their "
                            + "career-tracking consent.");
        }
        return talent.place(new PoolEntry(UUID.randomUUID(), system.id(), participantId, readiness,
                roleFamilies.stream().distinct().toList(), clock.instant()), caller.subject());
    }

    @Transactional
    public void remove(UUID systemId, UUID participantId, Caller caller) {
        managed(systemId, caller);
        if (!talent.remove(systemId, participantId)) {
            throw ApiProblem.notFound("Pool entry of participant", participantId);
        }
    }

    /**
     * A search of the pool: only what each person shares. Every search is audited by its endpoint, with its filters.
     */
    public List<PoolView> search(UUID systemId, Readiness readiness, RoleFamily roleFamily, Caller caller) {
        LocalSystem system = get(systemId, caller);
        return talent.pool(system.id(), readiness, roleFamily).stream().flatMap(entry -> view(entry).stream()).toList();
    }

    /** A talent lead of a member organisation registers interest in a person for a vacancy. */
    @Transactional
    public Interest registerInterest(UUID entryId, String vacancy, RoleFamily roleFamily, Caller caller) {
        PoolEntry entry = talent.entry(entryId).orElseThrow(() -> ApiProblem.notFound("Pool entry", entryId));
        LocalSystem system = talent.findSystem(entry.localSystemId()).orElseThrow();
        if (caller.organisation() == null || !system.memberOrganisations().contains(caller.organisation().toUpperCase())) {
            throw ApiProblem.notFound("Pool entry", entryId);
        }
        Interest interest = new Interest(UUID.randomUUID(), entryId, caller.email(), caller.organisation().toUpperCase(),
                vacancy, roleFamily, clock.instant());
        talent.registerInterest(interest, caller.subject());
        return interest;
    }

    /** The pools the caller is in, and who registered interest in them. */
    public List<MyPoolEntry> mine(Caller caller) {
        return participants.mine(caller).stream().flatMap(p -> talent.entriesOf(p.id()).stream())
                .map(entry -> new MyPoolEntry(talent.findSystem(entry.localSystemId()).orElseThrow().name(), entry,
                        talent.interestIn(entry.id())))
                .toList();
    }

    /** Withdrawn consent: out of every pool, in the withdrawal's transaction. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CareerConsentWithdrawn withdrawn) {
        talent.removeEverywhere(withdrawn.participantId());
    }

    /** Consent changed to stop sharing with talent pools: out of every pool. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CareerConsentGiven given) {
        if (!given.shareInTalentPool()) {
            talent.removeEverywhere(given.participantId());
        }
    }

    private Optional<PoolView> view(PoolEntry entry) {
        Optional<CareerConsent> consent = consents.tracking(entry.participantId()).filter(CareerConsent::shareInTalentPool);
        Participant participant = participants.byId(entry.participantId());
        if (consent.isEmpty() || participant.contact() == null) {
            return Optional.empty();
        }
        Optional<CareerRecord> current = records.currentRole(entry.participantId());
        return Optional.of(new PoolView(entry.id(), participant.contact().givenName(), participant.contact().familyName(),
                current.map(CareerRecord::roleTitle).orElse(participant.contact().currentRole()),
                current.map(CareerRecord::roleFamily).orElse(null), current.map(CareerRecord::band).orElse(null),
                entry.readiness(), entry.roleFamilies(),
                consent.get().shareEmailWithTalentLeads() ? participant.contact().email() : null));
    }

    private boolean sees(LocalSystem system, Caller caller) {
        return caller.has("programme-manager")
                || caller.has("regional-lead") && system.regionCode().equals(caller.region())
                || caller.has("talent-lead") && caller.organisation() != null
                        && system.memberOrganisations().contains(caller.organisation().toUpperCase());
    }

    /** The programme team, or the regional lead of the system's region; others find no such system. */
    private LocalSystem managed(UUID systemId, Caller caller) {
        return talent.findSystem(systemId)
                .filter(system -> caller.has("programme-manager") || system.regionCode().equals(caller.region()))
                .orElseThrow(() -> ApiProblem.notFound("Local system", systemId));
    }
}
