package org.ascend.recruitment.sponsor.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ascend.platform.audit.Audited;
import org.ascend.platform.security.Caller;
import org.ascend.recruitment.application.Application;
import org.ascend.recruitment.application.Sponsorship.Endorsement;
import org.ascend.recruitment.sponsor.SponsorService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a sponsor sees: only applications that name them, with just enough to recognise the person who
 * asked them (name and role), never equality data, answers or contact details.
 */
@RestController
@RequestMapping("/api/recruitment/sponsor/applications")
@PreAuthorize("hasRole('sponsor')")
class SponsorController {

    /** {@code state} says what the sponsor can still do; the list puts what awaits them first, soonest deadline first. */
    record SponsorView(UUID applicationId, UUID intakeId, String applicantName, String currentRole, String status,
            Endorsement endorsement, SponsorService.SponsorState state, String comment, Instant decidedAt, Instant deadline) {
    }

    record Decision(@NotNull Endorsement decision, @jakarta.validation.constraints.NotBlank @Size(max = 2000) String comment) {
    }

    private final SponsorService sponsors;

    SponsorController(SponsorService sponsors) {
        this.sponsors = sponsors;
    }

    /**
     * List the applications that name you as sponsor. Each says what awaits you (state): those awaiting your
     * decision first, soonest deadline first.
     */
    @GetMapping
    @Audited("sponsor.list")
    List<SponsorView> list() {
        return sponsors.namingMe(Caller.current()).stream().map(this::view)
                .sorted(java.util.Comparator.comparing(SponsorView::state).thenComparing(SponsorView::deadline))
                .toList();
    }

    /** Get an application that names you as sponsor. Only the applicant's name and current role. */
    @GetMapping("/{id}")
    @Audited("sponsor.read")
    SponsorView get(@PathVariable UUID id) {
        return view(sponsors.mine(id, Caller.current()));
    }

    /**
     * Endorse or decline an application that names you. Before the intake's endorsement deadline, once: a
     * decision is final.
     */
    @PostMapping("/{id}/endorsement")
    @Audited("sponsor.endorse")
    SponsorView decide(@PathVariable UUID id, @Valid @RequestBody Decision request) {
        if (request.decision() != Endorsement.ENDORSED && request.decision() != Endorsement.DECLINED) {
            throw org.ascend.platform.problem.ApiProblem.invalidFields(
                    java.util.Map.of("decision", "must be ENDORSED or DECLINED"));
        }
        String comment = request.comment() == null ? null : request.comment().strip();
        return view(sponsors.decide(id, Caller.current(), request.decision(), comment));
    }

    private SponsorView view(Application a) {
        String name = a.anonymisedAt() != null ? null : a.profile().givenName() + " " + a.profile().familyName();
        return new SponsorView(a.id(), a.intakeId(), name, a.profile().currentRole(), a.status(),
                a.sponsorship().endorsement(), sponsors.stateOf(a), a.sponsorship().comment(), a.sponsorship().decidedAt(),
                sponsors.deadlineOf(a));
    }
}
