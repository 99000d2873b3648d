package org.ascend.assessment.allocation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

import org.ascend.assessment.allocation.AllocationInput.Application;
import org.ascend.assessment.allocation.AllocationInput.Assessor;
import org.ascend.assessment.allocation.AllocationPlan.Assignment;

/**
 * Assigns independent assessors to applications (docs/domain.md §2): never one with a conflict of interest,
 * the least-loaded first so work spreads evenly, and the same answer for the same inputs whatever
 * their order. Ties on load are broken by a hash of application and assessor, so the same assessor
 * does not win every tie, then by name. Each choice carries its reason.
 */
public final class Allocator {

    private Allocator() {
    }

    public static AllocationPlan allocate(List<Application> applications, List<Assessor> pool, int perApplication) {
        Map<String, Integer> load = new HashMap<>();
        pool.forEach(a -> load.put(a.subject(), a.currentLoad()));
        List<Assignment> assignments = new ArrayList<>();
        Map<String, String> unallocated = new LinkedHashMap<>();
        for (Application application : sortedById(applications)) {
            List<Assessor> free = free(application, pool, Set.of());
            if (free.size() < perApplication) {
                unallocated.put(application.applicationId(), shortOf(free.size(), perApplication, pool.size()));
                continue;
            }
            for (Assessor chosen : leastLoaded(application, free, load).subList(0, perApplication)) {
                assignments.add(new Assignment(application.applicationId(), chosen.subject(),
                        reason(chosen, load, free.size())));
                load.merge(chosen.subject(), 1, Integer::sum);
            }
        }
        return new AllocationPlan(List.copyOf(assignments), unallocated);
    }

    /**
     * A replacement for an assessor who recused themselves: free of conflicts, not the one who
     * recused, none already on the application; null when nobody is left.
     */
    public static Assignment replace(Application application, String recused, Set<String> alreadyAssigned,
            List<Assessor> pool) {
        Set<String> excluded = new java.util.HashSet<>(alreadyAssigned);
        excluded.add(recused);
        Assignment next = oneMore(application, excluded, pool);
        return next == null ? null
                : new Assignment(next.applicationId(), next.assessor(), "replaces " + recused + " (recused); " + next.reason());
    }

    /** One further independent assessor, none of {@code excluded}, free of conflicts; null when nobody is left. */
    public static Assignment oneMore(Application application, Set<String> excluded, List<Assessor> pool) {
        Map<String, Integer> load = new HashMap<>();
        pool.forEach(a -> load.put(a.subject(), a.currentLoad()));
        List<Assessor> free = free(application, pool, excluded);
        if (free.isEmpty()) {
            return null;
        }
        Assessor chosen = leastLoaded(application, free, load).get(0);
        return new Assignment(application.applicationId(), chosen.subject(), reason(chosen, load, free.size()));
    }

    private static List<Assessor> free(Application application, List<Assessor> pool, Set<String> excluded) {
        return pool.stream().filter(a -> !excluded.contains(a.subject()) && a.conflictWith(application) == null).toList();
    }

    private static List<Assessor> leastLoaded(Application application, List<Assessor> free, Map<String, Integer> load) {
        return free.stream().sorted(Comparator.<Assessor>comparingInt(a -> load.get(a.subject()))
                .thenComparingLong(a -> tieBreak(application.applicationId(), a.subject()))
                .thenComparing(Assessor::subject)).toList();
    }

    private static String reason(Assessor chosen, Map<String, Integer> load, int eligible) {
        return "no conflict of interest; " + load.get(chosen.subject()) + " allocations before this one, the fewest among "
                + eligible + " eligible assessors";
    }

    private static String shortOf(int free, int needed, int pool) {
        return "only " + free + " of the " + pool + " assessors are free of conflicts with this application; " + needed
                + " are needed. Add assessors to the pool or lower the stage's assessors per application.";
    }

    private static List<Application> sortedById(List<Application> applications) {
        return applications.stream().sorted(Comparator.comparing(Application::applicationId)).toList();
    }

    private static long tieBreak(String applicationId, String assessor) {
        CRC32 crc = new CRC32();
        crc.update((applicationId + "|" + assessor).getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
