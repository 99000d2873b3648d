package org.ascend.recruitment.draft.web;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import org.ascend.platform.audit.Audited;
import org.ascend.platform.idempotency.IdempotentRequests;
import org.ascend.platform.security.Caller;
import org.ascend.recruitment.application.Application;
import org.ascend.recruitment.application.ApplicationView;
import org.ascend.recruitment.draft.Draft;
import org.ascend.recruitment.draft.DraftService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The applicant's own draft for an intake: save, resume, discard, submit. */
@RestController
@RequestMapping("/api/recruitment/intakes/{intakeId}/draft")
@PreAuthorize("hasRole('applicant')")
class DraftController {

    private final DraftService drafts;
    private final IdempotentRequests idempotent;

    DraftController(DraftService drafts, IdempotentRequests idempotent) {
        this.drafts = drafts;
        this.idempotent = idempotent;
    }

    /**
     * Save your draft application for an intake. Any part may be missing; nothing is checked until you
     * submit.
     */
    @PutMapping
    @Audited("draft.save")
    Draft save(@PathVariable UUID intakeId, @RequestBody Map<String, Object> content) {
        return drafts.save(intakeId, Caller.current(), content);
    }

    /** Get your draft application for an intake. */
    @GetMapping
    @Audited("draft.read")
    Draft get(@PathVariable UUID intakeId) {
        return drafts.get(intakeId, Caller.current());
    }

    /** Discard your draft application for an intake. */
    @DeleteMapping
    @Audited("draft.discard")
    @ResponseStatus(HttpStatus.NO_CONTENT) // also names the status in the API document
    ResponseEntity<Void> discard(@PathVariable UUID intakeId) {
        drafts.discard(intakeId, Caller.current());
        return ResponseEntity.noContent().build();
    }

    /** Same scope as a direct submission: a retry of either returns the one application. */
    @PostMapping("/submit")
    @Audited("application.submit")
    @ResponseStatus(HttpStatus.CREATED) // also names the status in the API document
    ResponseEntity<ApplicationView> submit(@PathVariable UUID intakeId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        Caller applicant = Caller.current();
        String scope = "submit-application:" + intakeId + ":" + applicant.subject();
        return idempotent.once(scope, idempotencyKey, Map.of("draft", intakeId), ApplicationView.class, () -> {
            Application a = drafts.submit(intakeId, applicant);
            return ResponseEntity.created(URI.create("/api/recruitment/applications/" + a.id())).body(ApplicationView.of(a));
        });
    }
}
