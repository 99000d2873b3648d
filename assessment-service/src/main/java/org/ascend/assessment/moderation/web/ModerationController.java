package org.ascend.assessment.moderation.web;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ascend.assessment.moderation.Moderation;
import org.ascend.assessment.moderation.ModerationService;
import org.ascend.platform.audit.Audited;
import org.ascend.platform.problem.ApiProblem;
import org.ascend.platform.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Moderators settle disagreements with a written rationale; the programme team reads it. */
@RestController
@RequestMapping("/api/assessment/cases/{id}/moderation")
class ModerationController {

    /** The rationale is the record of why: long enough to be one (docs/domain.md §2 asks for it in writing). */
    record ModerationBody(@NotEmpty Map<String, @NotNull Integer> agreedScores,
            @NotBlank @Size(min = 50, max = 4000, message = "must explain the agreed score in 50 to 4000 characters") String rationale) {
    }

    private final ModerationService moderation;

    ModerationController(ModerationService moderation) {
        this.moderation = moderation;
    }

    /**
     * Record a moderation. A moderator who did not score the case sets the agreed scores with a written
     * rationale of at least 50 characters; the case is then settled.
     */
    @PostMapping
    @PreAuthorize("hasRole('moderator')")
    @Audited("moderation.record")
    Moderation record(@PathVariable UUID id, @Valid @RequestBody ModerationBody body) {
        return moderation.record(id, Caller.current(), body.agreedScores(), body.rationale().strip());
    }

    /** Get a case's moderation record. */
    @GetMapping
    @PreAuthorize("hasAnyRole('programme-manager', 'moderator')")
    Moderation get(@PathVariable UUID id) {
        return moderation.of(id).orElseThrow(() -> ApiProblem.notFound("Moderation of case", id));
    }
}
