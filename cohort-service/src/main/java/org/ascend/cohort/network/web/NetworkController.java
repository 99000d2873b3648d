package org.ascend.cohort.network.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ascend.cohort.career.Codes;
import org.ascend.cohort.career.OrganisationType;
import org.ascend.cohort.network.EventKind;
import org.ascend.cohort.network.NetworkEvent;
import org.ascend.cohort.network.NetworkService;
import org.ascend.cohort.network.RegionalNetwork;
import org.ascend.platform.audit.Audited;
import org.ascend.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cohorts")
class NetworkController {

    record NetworkRequest(@NotBlank @Size(max = 200) String name,
            @NotBlank @Pattern(regexp = Codes.REGION_CODES, message = Codes.REGION_MESSAGE) String regionCode) {
    }

    /** @param attendance how many attended from each type of organisation */
    record EventRequest(@NotNull LocalDate heldOn, @NotNull EventKind kind, @NotBlank @Size(max = 300) String topic,
            @NotEmpty Map<@NotNull OrganisationType, @NotNull @Min(0) @Max(10000) Integer> attendance) {
    }

    record Attendees(@NotNull @Size(max = 500) List<@NotNull UUID> participantIds) {
    }

    private final NetworkService networks;

    NetworkController(NetworkService networks) {
        this.networks = networks;
    }

    /** A regional network, e.g. a region's HR Director network. */
    @PostMapping("/networks")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('programme-manager', 'regional-lead')")
    RegionalNetwork create(@Valid @RequestBody NetworkRequest request) {
        return networks.create(request.name(), request.regionCode(), Caller.current());
    }

    /** The networks the caller may see: all (programme team), or their region's (regional lead). */
    @GetMapping("/networks")
    @PreAuthorize("hasAnyRole('programme-manager', 'regional-lead')")
    List<RegionalNetwork> list() {
        return networks.visible(Caller.current());
    }

    /** A network's events, oldest first, with attendance and how many consenting alumni are linked. */
    @GetMapping("/networks/{id}/events")
    @PreAuthorize("hasAnyRole('programme-manager', 'regional-lead')")
    List<NetworkEvent> events(@PathVariable UUID id) {
        return networks.events(id, Caller.current());
    }

    /** Records an event the network held, with attendance by organisation type; published for regional reports. */
    @PostMapping("/networks/{id}/events")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('programme-manager', 'regional-lead')")
    NetworkEvent record(@PathVariable UUID id, @Valid @RequestBody EventRequest request) {
        return networks.record(id, request.heldOn(), request.kind(), request.topic(), request.attendance(), Caller.current());
    }

    /** Links consenting participants and alumni to an event they attended. */
    @PutMapping("/network-events/{id}/attendees")
    @PreAuthorize("hasAnyRole('programme-manager', 'regional-lead')")
    @Audited("network-event.attendees")
    NetworkEvent link(@PathVariable UUID id, @Valid @RequestBody Attendees attendees) {
        return networks.link(id, attendees.participantIds(), Caller.current());
    }
}
