package org.ascend.assessment.assessor;

import java.time.Instant;
import java.util.List;

import org.ascend.platform.problem.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The assessor pool: the programme team adds people; each assessor declares (and re-declares) their conflicts. */
@Service
public class AssessorService {

    private final AssessorRepository assessors;

    AssessorService(AssessorRepository assessors) {
        this.assessors = assessors;
    }

    @Transactional
    public Assessor add(String subject, String displayName, String organisationCode, String addedBy) {
        if (!assessors.insert(subject, displayName, organisationCode, Instant.now(), addedBy)) {
            throw ApiProblem.conflict("assessor-exists", "Already in the pool",
                    "This person is already an assessor. Their conflicts are theirs to re-declare.");
        }
        return get(subject);
    }

    /** A new declaration replaces the current one; earlier ones stay on record. */
    @Transactional
    public Assessor declare(String subject, List<Assessor.Conflict> conflicts) {
        Assessor assessor = get(subject);
        for (Assessor.Conflict c : conflicts) {
            if (c.organisationCode().equals(assessor.organisationCode())) {
                throw ApiProblem.invalidFields(java.util.Map.of("conflicts",
                        "your own organisation (" + c.organisationCode() + ") is a conflict already; declare other ties"));
            }
        }
        assessors.declare(subject, List.copyOf(conflicts), Instant.now());
        return get(subject);
    }

    public Assessor get(String subject) {
        return assessors.find(subject).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "not-in-pool",
                "Not in the assessor pool", "You are not in the assessor pool. Ask the programme manager to add you."));
    }

    public List<Assessor> all() {
        return assessors.all();
    }
}
