package org.ascend.cohort.network;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ascend.cohort.career.CareerConsentService;
import org.ascend.cohort.career.OrganisationType;
import org.ascend.cohort.career.events.CareerConsentWithdrawn;
import org.ascend.cohort.network.events.NetworkEventRecorded;
import org.ascend.platform.problem.ApiProblem;
import org.ascend.platform.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regional networks and their events (docs/cohorts.md, "Regional networks"): recorded by the programme team and by
 * regional leads for their own region; each event published with its counts for the end-of-year report. Participants
 * and alumni are linked to events they attended only while they consent to tracking.
 */
@Service
public class NetworkService {

    private final NetworkRepository networks;
    private final CareerConsentService consents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NetworkService(NetworkRepository networks, CareerConsentService consents, ApplicationEventPublisher events, Clock clock) {
        this.networks = networks;
        this.consents = consents;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public RegionalNetwork create(String name, String regionCode, Caller caller) {
        ownRegion(regionCode, caller);
        if (networks.nameTaken(name)) {
            throw ApiProblem.conflict("network-exists", "Network exists",
                    "A network called '" + name + "' exists already; GET /api/cohorts/networks lists them.");
        }
        RegionalNetwork network = new RegionalNetwork(UUID.randomUUID(), name, regionCode, clock.instant());
        networks.insert(network, caller.subject());
        return network;
    }

    /** Every network for the programme team; a regional lead's region's. */
    public List<RegionalNetwork> visible(Caller caller) {
        if (caller.has("programme-manager")) {
            return networks.list(null);
        }
        return caller.region() == null ? List.of() : networks.list(caller.region());
    }

    public List<NetworkEvent> events(UUID networkId, Caller caller) {
        return networks.events(get(networkId, caller).id());
    }

    @Transactional
    public NetworkEvent record(UUID networkId, LocalDate heldOn, EventKind kind, String topic,
            Map<OrganisationType, Integer> attendance, Caller caller) {
        RegionalNetwork network = get(networkId, caller);
        Map<OrganisationType, Integer> counts = new EnumMap<>(OrganisationType.class);
        counts.putAll(attendance);
        NetworkEvent event = new NetworkEvent(UUID.randomUUID(), network.id(), heldOn, kind, topic, counts, 0);
        Instant now = clock.instant();
        networks.insertEvent(event, caller.subject(), now);
        events.publishEvent(new NetworkEventRecorded(UUID.randomUUID(), event.id(), network.id(), network.regionCode(), heldOn,
                financialYear(heldOn), kind, counts, event.totalAttendance(), 1, now));
        return event;
    }

    /** Links participants and alumni who attended; every one must consent to tracking, or nothing is linked. */
    @Transactional
    public NetworkEvent link(UUID eventId, List<UUID> participantIds, Caller caller) {
        NetworkEvent event = networks.findEvent(eventId).orElseThrow(() -> ApiProblem.notFound("Network event", eventId));
        get(event.networkId(), caller);
        participantIds.forEach(consents::requireTracking);
        networks.link(eventId, participantIds);
        return networks.findEvent(eventId).orElseThrow();
    }

    /** Withdrawn consent: the person's attendance links go (the event's counts stay). */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CareerConsentWithdrawn withdrawn) {
        networks.unlinkEverywhere(withdrawn.participantId());
    }

    /** The NHS financial year of a day, April to March, e.g. "2018/19". */
    static String financialYear(LocalDate day) {
        int start = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        return start + "/" + String.format("%02d", (start + 1) % 100);
    }

    private RegionalNetwork get(UUID networkId, Caller caller) {
        return networks.find(networkId)
                .filter(network -> caller.has("programme-manager") || network.regionCode().equals(caller.region()))
                .orElseThrow(() -> ApiProblem.notFound("Network", networkId));
    }

    private static void ownRegion(String regionCode, Caller caller) {
        if (!caller.has("programme-manager") && !regionCode.equals(caller.region())) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "other-region", "Not your region",
                    "A regional lead records networks of their own region (" + caller.region() + ") only.");
        }
    }
}
