package org.ascend.recruitment.intake.web;

import java.net.URI;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ascend.recruitment.intake.Intake;
import org.ascend.recruitment.intake.IntakeService;
import org.ascend.recruitment.intake.IntakeStatus;
import org.ascend.recruitment.intake.Question;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/recruitment")
class IntakeController {

    record QuestionSpec(@NotBlank @Pattern(regexp = "[a-z0-9-]{1,40}", message = "must be 1-40 lower-case letters, digits or '-'") String id,
            @NotBlank @Size(max = 1000) String text, @NotNull Question.Type type, @Min(1) @Max(5000) Integer wordLimit,
            @Size(max = 30) List<@NotBlank @Size(max = 200) String> options, Boolean required) {

        @AssertTrue(message = "free text needs a wordLimit and no options; a choice needs at least two distinct options and no wordLimit")
        boolean isConsistent() {
            if (type == null) {
                return true;
            }
            return type == Question.Type.FREE_TEXT ? wordLimit != null && (options == null || options.isEmpty())
                    : wordLimit == null && options != null && options.size() >= 2 && new HashSet<>(options).size() == options.size();
        }

        Question toQuestion() {
            return new Question(id, text.strip(), type, wordLimit, options == null ? List.of() : List.copyOf(options), Boolean.TRUE.equals(required));
        }
    }

    record Questions(@NotNull @Size(max = 50) List<@Valid @NotNull QuestionSpec> questions) {

        @AssertTrue(message = "question ids must be unique")
        boolean isEachIdUnique() {
            return questions == null || questions.stream().map(QuestionSpec::id).distinct().count() == questions.size();
        }

        List<Question> toQuestions() {
            return questions.stream().map(QuestionSpec::toQuestion).toList();
        }
    }

    record NewIntake(@NotBlank @Size(max = 200) String name, @NotNull @Min(1) @Max(500) Integer places,
            @NotNull Instant opensAt, @NotNull Instant closesAt, @Size(max = 50) List<@Valid @NotNull QuestionSpec> questions,
            Boolean sponsorRequired, Instant endorsementDeadline) {

        @AssertTrue(message = "question ids must be unique")
        boolean isEachIdUnique() {
            return questions == null || questions.stream().map(QuestionSpec::id).distinct().count() == questions.size();
        }
    }

    private final IntakeService intakes;

    IntakeController(IntakeService intakes) {
        this.intakes = intakes;
    }

    /**
     * Create an intake of a scheme. One recruitment round: places, opening and closing times, questions,
     * sponsor rules.
     */
    @PostMapping("/schemes/{schemeId}/intakes")
    @PreAuthorize("hasRole('programme-manager')")
    @ResponseStatus(HttpStatus.CREATED) // also names the status in the API document
    ResponseEntity<Intake> create(@PathVariable UUID schemeId, @Valid @RequestBody NewIntake request) {
        List<Question> questions = request.questions() == null ? List.of()
                : request.questions().stream().map(QuestionSpec::toQuestion).toList();
        Intake intake = intakes.create(schemeId, new IntakeService.Spec(request.name().strip(), request.places(),
                request.opensAt(), request.closesAt(), questions, Boolean.TRUE.equals(request.sponsorRequired()), request.endorsementDeadline()));
        return ResponseEntity.created(URI.create("/api/recruitment/intakes/" + intake.id())).body(intake);
    }

    /** Intakes, newest first: an applicant looks for open ones, the programme team for a scheme's rounds. */
    @GetMapping("/intakes")
    List<Intake> list(@RequestParam(required = false) UUID schemeId, @RequestParam(required = false) IntakeStatus status) {
        return intakes.list(schemeId, status);
    }

    /** Get an intake. */
    @GetMapping("/intakes/{id}")
    Intake get(@PathVariable UUID id) {
        return intakes.get(id);
    }

    /** Replace an intake's questions. Only before it opens: opening fixes them. */
    @PutMapping("/intakes/{id}/questions")
    @PreAuthorize("hasRole('programme-manager')")
    Intake replaceQuestions(@PathVariable UUID id, @Valid @RequestBody Questions request) {
        return intakes.replaceQuestions(id, request.toQuestions());
    }

    /**
     * Open an intake for applications. Fixes its questions; applications are accepted between its opening and
     * closing times.
     */
    @PostMapping("/intakes/{id}/open")
    @PreAuthorize("hasRole('programme-manager')")
    Intake open(@PathVariable UUID id) {
        return intakes.open(id);
    }

    /** Close an intake now. Intakes also close by themselves at their closing time. */
    @PostMapping("/intakes/{id}/close")
    @PreAuthorize("hasRole('programme-manager')")
    Intake close(@PathVariable UUID id) {
        return intakes.close(id);
    }

    /** Archive a closed intake. */
    @PostMapping("/intakes/{id}/archive")
    @PreAuthorize("hasRole('programme-manager')")
    Intake archive(@PathVariable UUID id) {
        return intakes.archive(id);
    }
}
