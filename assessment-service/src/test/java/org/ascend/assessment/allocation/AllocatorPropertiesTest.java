package org.ascend.assessment.allocation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.ascend.assessment.allocation.AllocationInput.Application;
import org.ascend.assessment.allocation.AllocationInput.Assessor;
import org.ascend.assessment.allocation.AllocationPlan.Assignment;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 5: no conflicted allocation ever, over random pools, applications and declarations. */
class AllocatorPropertiesTest {

    private static final List<String> ORGANISATIONS = List.of("RR8", "RJ1", "RWE", "RXF", "RGT");

    record Scenario(List<Application> applications, List<Assessor> pool, int perApplication) {
    }

    @Property(tries = 500)
    void noAssessorIsEverGivenAnApplicationTheyAreConflictedWith(@ForAll("scenarios") Scenario s) {
        var plan = Allocator.allocate(s.applications(), s.pool(), s.perApplication());
        Map<String, Assessor> bySubject = s.pool().stream().collect(Collectors.toMap(Assessor::subject, a -> a));
        Map<String, Application> byId = s.applications().stream().collect(Collectors.toMap(Application::applicationId, a -> a));
        for (Assignment assignment : plan.assignments()) {
            assertThat(conflicted(bySubject.get(assignment.assessor()), byId.get(assignment.applicationId())))
                    .as(assignment.toString()).isFalse();
        }
    }

    @Property(tries = 500)
    void everyApplicationGetsExactlyNDistinctAssessorsOrSaysWhyNot(@ForAll("scenarios") Scenario s) {
        var plan = Allocator.allocate(s.applications(), s.pool(), s.perApplication());
        Map<String, List<String>> assessorsOf = new HashMap<>();
        plan.assignments().forEach(a -> assessorsOf.computeIfAbsent(a.applicationId(), k -> new ArrayList<>()).add(a.assessor()));
        for (Application application : s.applications()) {
            long free = s.pool().stream().filter(a -> !conflicted(a, application)).count();
            if (free >= s.perApplication()) {
                assertThat(assessorsOf.get(application.applicationId())).hasSize(s.perApplication()).doesNotHaveDuplicates();
                assertThat(plan.unallocated()).doesNotContainKey(application.applicationId());
            } else {
                assertThat(assessorsOf).doesNotContainKey(application.applicationId());
                assertThat(plan.unallocated().get(application.applicationId())).contains("free of conflicts");
            }
        }
    }

    @Property(tries = 300)
    void theSameInputsInAnyOrderGiveTheSamePlan(@ForAll("scenarios") Scenario s) {
        List<Application> applications = new ArrayList<>(s.applications());
        List<Assessor> pool = new ArrayList<>(s.pool());
        Collections.reverse(applications);
        Collections.shuffle(pool, new java.util.Random(applications.size()));
        assertThat(Allocator.allocate(applications, pool, s.perApplication()))
                .isEqualTo(Allocator.allocate(s.applications(), s.pool(), s.perApplication()));
    }

    @Property(tries = 300)
    void withoutConflictsTheWorkIsSpreadWithinOneAllocation(@ForAll("scenarios") Scenario s) {
        List<Assessor> unconflicted = s.pool().stream()
                .map(a -> new Assessor(a.subject(), "ELSEWHERE", Set.of(), Set.of(), 0)).toList();
        var plan = Allocator.allocate(s.applications(), unconflicted, s.perApplication());
        if (unconflicted.size() < s.perApplication()) {
            return;
        }
        Map<String, Integer> load = new HashMap<>();
        unconflicted.forEach(a -> load.put(a.subject(), 0));
        plan.assignments().forEach(a -> load.merge(a.assessor(), 1, Integer::sum));
        assertThat(Collections.max(load.values()) - Collections.min(load.values())).isLessThanOrEqualTo(1);
    }

    @Property(tries = 300)
    void aReplacementForARecusalIsFreeOfConflictsAndNew(@ForAll("scenarios") Scenario s) {
        var plan = Allocator.allocate(s.applications(), s.pool(), s.perApplication());
        for (Assignment recusal : plan.assignments()) {
            Application application = s.applications().stream()
                    .filter(a -> a.applicationId().equals(recusal.applicationId())).findFirst().orElseThrow();
            Set<String> onIt = plan.assignments().stream().filter(a -> a.applicationId().equals(recusal.applicationId()))
                    .map(Assignment::assessor).collect(Collectors.toSet());
            Assignment replacement = Allocator.replace(application, recusal.assessor(), onIt, s.pool());
            long candidates = s.pool().stream().filter(a -> !onIt.contains(a.subject()) && !conflicted(a, application)).count();
            if (candidates == 0) {
                assertThat(replacement).isNull();
            } else {
                assertThat(onIt).doesNotContain(replacement.assessor());
                Assessor chosen = s.pool().stream().filter(a -> a.subject().equals(replacement.assessor())).findFirst().orElseThrow();
                assertThat(conflicted(chosen, application)).isFalse();
                assertThat(replacement.reason()).contains("recused");
            }
        }
    }

    /** The rule, written out again here so the allocator's own check is not its own judge (docs/domain.md §2). */
    private static boolean conflicted(Assessor assessor, Application application) {
        return application.organisationCode().equals(assessor.organisationCode())
                || assessor.conflictedOrganisations().contains(application.organisationCode())
                || assessor.conflictedApplications().contains(application.applicationId());
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<String> organisation = Arbitraries.of(ORGANISATIONS);
        Arbitrary<List<Application>> applications = organisation.list().ofMaxSize(25).map(orgs -> {
            List<Application> list = new ArrayList<>();
            for (int i = 0; i < orgs.size(); i++) {
                list.add(new Application("app-" + i, orgs.get(i)));
            }
            return list;
        });
        Arbitrary<Assessor> assessor = Combinators.combine(organisation.injectNull(0.2), organisation.set().ofMaxSize(2),
                Arbitraries.integers().between(0, 24).set().ofMaxSize(3), Arbitraries.integers().between(0, 5))
                .as((org, orgConflicts, appConflicts, load) -> new Assessor("", org, orgConflicts,
                        appConflicts.stream().map(i -> "app-" + i).collect(Collectors.toSet()), load));
        Arbitrary<List<Assessor>> pool = assessor.list().ofMaxSize(12).map(list -> {
            List<Assessor> named = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Assessor a = list.get(i);
                named.add(new Assessor("assessor-" + i, a.organisationCode(), new HashSet<>(a.conflictedOrganisations()),
                        a.conflictedApplications(), a.currentLoad()));
            }
            return named;
        });
        return Combinators.combine(applications, pool, Arbitraries.integers().between(1, 4)).as(Scenario::new);
    }
}
