package org.ascend.cohort.career.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.ascend.cohort.career.CareerRecord;
import org.ascend.cohort.career.CareerRecordService;
import org.ascend.platform.audit.Audited;
import org.ascend.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cohorts/participants/{id}/career-records")
class CareerRecordController {

    /**
     * @param role   the role held
     * @param source where the programme team learnt of it; a participant's own report leaves it out (SELF_REPORTED)
     */
    record RecordRequest(@NotNull @Valid RoleBody role, CareerRecord.Source source) {
    }

    private final CareerRecordService records;

    CareerRecordController(CareerRecordService records) {
        this.records = records;
    }

    /** A participant's career, the latest role first, each source's record side by side. */
    @GetMapping
    @PreAuthorize("hasAnyRole('programme-manager', 'applicant')")
    @Audited("career-record.read")
    List<CareerRecord> list(@PathVariable UUID id) {
        return records.of(id, Caller.current());
    }

    /** The participant reports a move, or the programme team records one with its source; needs consent in force. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('programme-manager', 'applicant')")
    @Audited("career-record.create")
    CareerRecord record(@PathVariable UUID id, @Valid @RequestBody RecordRequest request) {
        return records.record(id, request.role().role(), request.source(), Caller.current());
    }
}
