package org.ascend.recruitment.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ascend.platform.problem.ApiProblem;
import org.ascend.recruitment.intake.events.IntakeClosed;
import org.ascend.recruitment.intake.events.IntakeOpened;
import org.ascend.recruitment.scheme.SchemeRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class IntakeService {

    private static final Logger log = LoggerFactory.getLogger(IntakeService.class);

    /** What a programme manager sets up; questions may change until the intake opens. */
    public record Spec(String name, int places, Instant opensAt, Instant closesAt, List<Question> questions,
            boolean sponsorRequired, Instant endorsementDeadline) {
    }

    private final IntakeRepository intakes;
    private final SchemeRepository schemes;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IntakeService(IntakeRepository intakes, SchemeRepository schemes, JdbcClient jdbc, ApplicationEventPublisher events,
            Clock clock) {
        this.clock = clock;
        this.intakes = intakes;
        this.schemes = schemes;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public Intake create(UUID schemeId, Spec spec) {
        schemes.find(schemeId).orElseThrow(() -> ApiProblem.notFound("Scheme", schemeId));
        if (!spec.closesAt().isAfter(spec.opensAt())) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-window", "Invalid application window",
                    "closesAt must be after opensAt. Correct the dates and send the request again.");
        }
        if (spec.sponsorRequired() && (spec.endorsementDeadline() == null || !spec.endorsementDeadline().isAfter(spec.opensAt()))) {
            throw ApiProblem.invalidFields(java.util.Map.of("endorsementDeadline",
                    "is required when sponsorRequired is true, and must be after opensAt"));
        }
        var intake = new Intake(UUID.randomUUID(), schemeId, spec.name(), spec.places(), spec.opensAt(), spec.closesAt(),
                IntakeStatus.DRAFT, List.copyOf(spec.questions()), spec.sponsorRequired(), spec.endorsementDeadline(), 1);
        intakes.insert(intake);
        return intake;
    }

    /** Questions are the programme team's to change while the intake is a draft; fixed once it opens. */
    @Transactional
    public Intake replaceQuestions(UUID id, List<Question> questions) {
        Intake intake = get(id);
        if (intake.status() != IntakeStatus.DRAFT) {
            throw ApiProblem.conflict("questions-fixed", "Questions are fixed",
                    "This intake is " + intake.status().name().toLowerCase() + "; its questions were fixed when it "
                            + "opened so every applicant answers the same ones. Create a new intake to ask others.");
        }
        return save(intake.withQuestions(questions));
    }

    @Transactional
    public Intake open(UUID id) {
        Intake opened = transition(id, IntakeStatus.DRAFT, IntakeStatus.OPEN);
        events.publishEvent(new IntakeOpened(UUID.randomUUID(), opened.id(), opened.schemeId(), opened.places(),
                opened.opensAt(), opened.closesAt(), opened.version(), clock.instant()));
        return opened;
    }

    @Transactional
    public Intake close(UUID id) {
        Intake closed = transition(id, IntakeStatus.OPEN, IntakeStatus.CLOSED);
        events.publishEvent(new IntakeClosed(UUID.randomUUID(), closed.id(), closed.schemeId(), closed.version(),
                clock.instant()));
        return closed;
    }

    /** Archived: the round is over. Unsubmitted drafts go, since they can never be submitted now. */
    @Transactional
    public Intake archive(UUID id) {
        Intake archived = transition(id, IntakeStatus.CLOSED, IntakeStatus.ARCHIVED);
        events.publishEvent(new IntakeArchived(id)); // the draft feature deletes the unsubmitted drafts
        log.info("Intake {} archived", id);
        return archived;
    }

    public Intake get(UUID id) {
        return intakes.find(id).orElseThrow(() -> ApiProblem.notFound("Intake", id));
    }

    public List<Intake> list(UUID schemeId, IntakeStatus status) {
        return intakes.list(schemeId, status);
    }

    List<Intake> openPastClosingTime() {
        return intakes.openPast(clock.instant());
    }

    private Intake transition(UUID id, IntakeStatus from, IntakeStatus to) {
        Intake intake = get(id);
        if (intake.status() != from) {
            throw ApiProblem.conflict("intake-status", "Intake is " + intake.status().name().toLowerCase(),
                    "Only a " + from.name().toLowerCase() + " intake can become " + to.name().toLowerCase()
                            + "; this one is " + intake.status().name().toLowerCase() + ".");
        }
        return save(intake.withStatus(to));
    }

    private Intake save(Intake changed) {
        if (!intakes.update(changed)) {
            throw ApiProblem.conflict("concurrent-change", "Intake changed meanwhile",
                    "Someone else changed this intake at the same time. Fetch it again and retry.");
        }
        return changed;
    }
}
