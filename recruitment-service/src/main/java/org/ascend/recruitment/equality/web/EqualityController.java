package org.ascend.recruitment.equality.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.ascend.platform.audit.Audited;
import org.ascend.platform.security.Caller;
import org.ascend.recruitment.equality.EqualityAnswers;
import org.ascend.recruitment.equality.EqualityRecord;
import org.ascend.recruitment.equality.EqualityService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The applicant's own equality monitoring answers: no other role may call these. */
@RestController
@RequestMapping("/api/recruitment/applications/{applicationId}/equality")
@PreAuthorize("hasRole('applicant')")
class EqualityController {

    private final EqualityService equality;

    EqualityController(EqualityService equality) {
        this.equality = equality;
    }

    /**
     * Record your equality monitoring answers. Optional, each with prefer-not-to-say; kept apart, never shown
     * to assessors or decision-makers, used only for aggregate reporting.
     */
    @PutMapping
    @Audited("equality.record")
    EqualityRecord record(@PathVariable UUID applicationId, @Valid @RequestBody EqualityAnswers answers) {
        return equality.record(applicationId, Caller.current(), answers);
    }

    /** Get your equality monitoring answers. */
    @GetMapping
    @Audited("equality.read")
    EqualityRecord get(@PathVariable UUID applicationId) {
        return equality.get(applicationId, Caller.current());
    }

    /**
     * Object to the processing of your equality monitoring data. The answers are erased and processing stops
     * (DPA 2018 Sch. 1 para 8).
     */
    @PostMapping("/objection")
    @Audited("equality.object")
    EqualityRecord object(@PathVariable UUID applicationId) {
        return equality.object(applicationId, Caller.current());
    }
}
