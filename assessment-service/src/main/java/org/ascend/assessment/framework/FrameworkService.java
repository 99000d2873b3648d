package org.ascend.assessment.framework;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.ascend.platform.problem.ApiProblem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Frameworks and their versions; a version in use never changes (issue 5: a change is a new version). */
@Service
public class FrameworkService {

    /** What a programme team writes: the parts of a version they choose. */
    public record Spec(String description, int scaleMin, int scaleMax, List<Criterion> criteria) {
    }

    private final FrameworkRepository frameworks;

    FrameworkService(FrameworkRepository frameworks) {
        this.frameworks = frameworks;
    }

    @Transactional
    public Framework create(String name, Spec spec, String author) {
        if (frameworks.latestVersion(name) > 0) {
            throw ApiProblem.conflict("framework-exists", "Framework exists",
                    "A framework called '" + name + "' exists. Revise it, or create a new version of it with "
                            + "POST /api/assessment/frameworks/{id}/versions.");
        }
        return insert(name, 1, spec, author);
    }

    /** A new version from any existing one; the old versions stay as they are. */
    @Transactional
    public Framework newVersion(UUID from, Spec spec, String author) {
        Framework base = get(from);
        try {
            return insert(base.name(), frameworks.latestVersion(base.name()) + 1, spec, author);
        } catch (DuplicateKeyException e) {
            throw ApiProblem.conflict("concurrent-change", "Version made meanwhile",
                    "Someone else made a new version at the same time. Fetch the frameworks and try again.");
        }
    }

    /** Changes a version nobody uses yet. */
    @Transactional
    public Framework revise(UUID id, Spec spec) {
        Framework current = get(id);
        if (current.inUse()) {
            throw inUse(current);
        }
        Framework revised = new Framework(id, current.name(), current.version(), spec.description(), spec.scaleMin(),
                spec.scaleMax(), List.copyOf(spec.criteria()), current.createdAt(), current.createdBy(), null,
                current.rowVersion() + 1);
        if (!frameworks.updateUnused(revised, current.rowVersion())) {
            throw inUse(get(id));
        }
        return revised;
    }

    /** From now on these versions are fixed: a stage assesses with them. */
    public void markInUse(Collection<UUID> ids) {
        frameworks.markInUse(ids, Instant.now());
    }

    public Framework get(UUID id) {
        return frameworks.find(id).orElseThrow(() -> ApiProblem.notFound("Framework", id));
    }

    public List<Framework> all() {
        return frameworks.all();
    }

    private Framework insert(String name, int version, Spec spec, String author) {
        var framework = new Framework(UUID.randomUUID(), name, version, spec.description(), spec.scaleMin(),
                spec.scaleMax(), List.copyOf(spec.criteria()), Instant.now(), author, null, 1);
        frameworks.insert(framework);
        return framework;
    }

    private static ApiProblem inUse(Framework f) {
        return f.inUse()
                ? ApiProblem.conflict("framework-in-use", "Framework version in use",
                        "Version " + f.version() + " of '" + f.name() + "' is used by an intake's stage, so it stays as "
                                + "assessors saw it. Create a new version: POST /api/assessment/frameworks/" + f.id() + "/versions.")
                : ApiProblem.conflict("concurrent-change", "Framework changed meanwhile",
                        "Someone else changed this framework at the same time. Fetch it again and retry.");
    }
}
