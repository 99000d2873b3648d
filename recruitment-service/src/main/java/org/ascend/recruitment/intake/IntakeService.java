package org.ascend.recruitment.intake;

import java.time.Instant;
import java.util.UUID;

import org.ascend.platform.problem.ApiProblem;
import org.ascend.recruitment.intake.events.IntakeClosed;
import org.ascend.recruitment.intake.events.IntakeOpened;
import org.ascend.recruitment.scheme.SchemeRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class IntakeService {

    private final IntakeRepository intakes;
    private final SchemeRepository schemes;
    private final ApplicationEventPublisher events;

    IntakeService(IntakeRepository intakes, SchemeRepository schemes, ApplicationEventPublisher events) {
        this.intakes = intakes;
        this.schemes = schemes;
        this.events = events;
    }

    @Transactional
    public Intake create(UUID schemeId, String name, int places, Instant opensAt, Instant closesAt) {
        schemes.find(schemeId).orElseThrow(() -> ApiProblem.notFound("Scheme", schemeId));
        if (!closesAt.isAfter(opensAt)) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-window", "Invalid application window",
                    "closesAt must be after opensAt. Correct the dates and send the request again.");
        }
        var intake = new Intake(UUID.randomUUID(), schemeId, name, places, opensAt, closesAt, IntakeStatus.DRAFT, 1);
        intakes.insert(intake);
        return intake;
    }

    @Transactional
    public Intake open(UUID id) {
        Intake opened = transition(id, IntakeStatus.DRAFT, IntakeStatus.OPEN);
        events.publishEvent(new IntakeOpened(UUID.randomUUID(), opened.id(), opened.schemeId(), opened.places(),
                opened.opensAt(), opened.closesAt(), opened.version(), Instant.now()));
        return opened;
    }

    @Transactional
    public Intake close(UUID id) {
        Intake closed = transition(id, IntakeStatus.OPEN, IntakeStatus.CLOSED);
        events.publishEvent(new IntakeClosed(UUID.randomUUID(), closed.id(), closed.schemeId(), closed.version(),
                Instant.now()));
        return closed;
    }

    public Intake get(UUID id) {
        return intakes.find(id).orElseThrow(() -> ApiProblem.notFound("Intake", id));
    }

    private Intake transition(UUID id, IntakeStatus from, IntakeStatus to) {
        Intake intake = get(id);
        if (intake.status() != from) {
            throw ApiProblem.conflict("intake-status", "Intake is " + intake.status().name().toLowerCase(),
                    "Only a " + from.name().toLowerCase() + " intake can become " + to.name().toLowerCase()
                            + "; this one is " + intake.status().name().toLowerCase() + ".");
        }
        Intake changed = intake.withStatus(to);
        if (!intakes.updateStatus(changed)) {
            throw ApiProblem.conflict("concurrent-change", "Intake changed meanwhile",
                    "Someone else changed this intake at the same time. Fetch it again and retry.");
        }
        return changed;
    }
}
