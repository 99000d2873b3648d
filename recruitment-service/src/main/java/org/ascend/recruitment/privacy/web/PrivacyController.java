package org.ascend.recruitment.privacy.web;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ascend.platform.audit.Audited;
import org.ascend.platform.security.Caller;
import org.ascend.recruitment.privacy.ErasureService;
import org.ascend.recruitment.privacy.RetentionJob;
import org.ascend.recruitment.privacy.SubjectAccess;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Data-protection rights and duties: subject access, erasure, retention. Every call is audited. */
@RestController
@RequestMapping("/api/recruitment")
class PrivacyController {

    /** Erasure cannot be undone, so the request says so explicitly. */
    record ErasureRequest(@NotNull Boolean confirm) {

        @AssertTrue(message = "must be true: erasure is irreversible")
        boolean isConfirmed() {
            return confirm == null || confirm;
        }
    }

    /** An erasure a platform admin carries out on a person's written request, with its reference. */
    record AdminErasureRequest(@NotNull Boolean confirm, @NotBlank @Size(max = 200) String requestReference) {

        @AssertTrue(message = "must be true: erasure is irreversible")
        boolean isConfirmed() {
            return confirm == null || confirm;
        }
    }

    private final SubjectAccess subjectAccess;
    private final ErasureService erasure;
    private final RetentionJob retention;

    PrivacyController(SubjectAccess subjectAccess, ErasureService erasure, RetentionJob retention) {
        this.subjectAccess = subjectAccess;
        this.erasure = erasure;
        this.retention = retention;
    }

    /** Download everything held about you (subject access). */
    @GetMapping("/me/data")
    @PreAuthorize("isAuthenticated()")
    @Audited("subject-access")
    ResponseEntity<SubjectAccess.Export> myData() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("ascend-recruitment-my-data.json").build().toString())
                .body(subjectAccess.export(Caller.current()));
    }

    /**
     * Erase yourself. Irreversible: your applications are anonymised everywhere (other services act on the
     * erasure event); statistics survive, you do not.
     */
    @PostMapping("/me/erasure")
    @PreAuthorize("hasRole('applicant')")
    @Audited("applicant.erase")
    ErasureService.Erasure eraseMe(@Valid @RequestBody ErasureRequest request) {
        return erasure.erase(Caller.current().subject(), "self");
    }

    /**
     * Erase an applicant on request. For a platform admin acting on a written request; irreversible and
     * audited.
     */
    @PostMapping("/applicants/{subject}/erasure")
    @PreAuthorize("hasRole('platform-admin')")
    @Audited("applicant.erase")
    ErasureService.Erasure erase(@PathVariable @Size(max = 255) String subject,
            @Valid @RequestBody AdminErasureRequest request) {
        return erasure.erase(subject, "platform-admin " + Caller.current().subject() + " ref " + request.requestReference());
    }

    /**
     * Run the retention job now. Anonymises unsuccessful applicants whose scheme's retention period has
     * passed since their intake closed (it also runs nightly).
     */
    @PostMapping("/retention/run")
    @PreAuthorize("hasRole('platform-admin')")
    @Audited("retention.run")
    Map<String, Integer> runRetention() {
        return Map.of("applicationsAnonymised", retention.run());
    }
}
