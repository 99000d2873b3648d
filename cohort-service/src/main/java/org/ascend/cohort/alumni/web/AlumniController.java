package org.ascend.cohort.alumni.web;

import java.util.List;
import java.util.UUID;

import org.ascend.cohort.alumni.AlumniService;
import org.ascend.cohort.alumni.Alumnus;
import org.ascend.cohort.alumni.DirectoryEntry;
import org.ascend.platform.audit.Audited;
import org.ascend.platform.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cohorts")
class AlumniController {

    private final AlumniService alumni;

    AlumniController(AlumniService alumni) {
        this.alumni = alumni;
    }

    /** The schemes and cohorts the caller completed. */
    @GetMapping("/me/alumni")
    @PreAuthorize("hasRole('applicant')")
    List<Alumnus> mine() {
        return alumni.mine(Caller.current());
    }

    /** The scheme's alumni directory: those who opted in; for the scheme's alumni and the programme team only. */
    @GetMapping("/schemes/{schemeId}/alumni-directory")
    @PreAuthorize("hasAnyRole('programme-manager', 'applicant')")
    @Audited("alumni-directory.read")
    List<DirectoryEntry> directory(@PathVariable UUID schemeId) {
        return alumni.directory(schemeId, Caller.current());
    }
}
