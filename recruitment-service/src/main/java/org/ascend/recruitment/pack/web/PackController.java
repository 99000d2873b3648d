package org.ascend.recruitment.pack.web;

import java.util.List;
import java.util.UUID;

import org.ascend.platform.audit.Audited;
import org.ascend.platform.problem.ApiProblem;
import org.ascend.recruitment.application.Application;
import org.ascend.recruitment.application.ApplicationRepository;
import org.ascend.recruitment.eligibility.Profession;
import org.ascend.recruitment.intake.Intake;
import org.ascend.recruitment.intake.IntakeService;
import org.ascend.recruitment.intake.Question;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The anonymised application pack for blind review (docs/domain.md §2): the answers and the profile fields
 * that identify nobody. No name, contact details, employer, role title, age or equality data. Served
 * only to services (the assessment service's client-credentials token carries role {@code service}),
 * which decide which assessor may see which pack.
 */
@RestController
class PackController {

    record AnsweredQuestion(String questionId, String question, Question.Type type, Object answer) {
    }

    record Pack(UUID applicationId, UUID intakeId, String band, Profession profession, String regionCode,
            List<AnsweredQuestion> answers, long version) {
    }

    private final ApplicationRepository applications;
    private final IntakeService intakes;

    PackController(ApplicationRepository applications, IntakeService intakes) {
        this.applications = applications;
        this.intakes = intakes;
    }

    /**
     * Get an application's anonymised pack. For the assessment service only (its own token): no name, contact
     * details, employer, age or equality data.
     */
    @GetMapping("/api/recruitment/applications/{id}/pack")
    @PreAuthorize("hasRole('service')")
    @Audited("application.pack")
    Pack pack(@PathVariable UUID id) {
        Application a = applications.find(id).filter(found -> found.anonymisedAt() == null)
                .orElseThrow(() -> ApiProblem.notFound("Application", id));
        Intake intake = intakes.get(a.intakeId());
        List<AnsweredQuestion> answers = intake.questions().stream()
                .map(q -> new AnsweredQuestion(q.id(), q.text(), q.type(), a.answers().get(q.id()))).toList();
        return new Pack(a.id(), a.intakeId(), a.profile().band(), a.profile().profession(), a.profile().regionCode(),
                answers, a.version());
    }
}
