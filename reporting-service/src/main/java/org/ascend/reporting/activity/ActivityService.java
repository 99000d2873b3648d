package org.ascend.reporting.activity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.ascend.platform.security.Caller;
import org.ascend.reporting.breakdown.ReportScope;
import org.ascend.reporting.disclosure.ControlledTable;
import org.ascend.reporting.disclosure.CountTable;
import org.ascend.reporting.disclosure.DisclosureControl;
import org.ascend.reporting.disclosure.Shown;
import org.springframework.stereotype.Service;

/** The summary of regional activity and sessions held for the end-of-year report (docs/reporting.md). */
@Service
public class ActivityService {

    private final ActivityRepository activity;

    ActivityService(ActivityRepository activity) {
        this.activity = activity;
    }

    /** A regional lead sees their own region only (asking for another is a 403). */
    public RegionalActivity of(String financialYear, String region, Caller caller) {
        return of(financialYear, ReportScope.of(caller, region));
    }

    /** Events by kind and attendance by organisation type, per region, each as its own controlled table. */
    public RegionalActivity of(String financialYear, ReportScope scope) {
        Map<String, ActivityRepository.RegionSums> sums = activity.byRegion(financialYear, scope.region());
        List<String> regions = List.copyOf(sums.keySet());
        ControlledTable events = control(regions, sums, ActivityRepository.RegionSums::eventsByKind, scope);
        ControlledTable attendance = control(regions, sums, ActivityRepository.RegionSums::attendanceByOrganisationType, scope);
        List<RegionalActivity.Region> rows = new ArrayList<>();
        for (int r = 0; r < regions.size(); r++) {
            rows.add(new RegionalActivity.Region(regions.get(r), events.rowTotals()[r], named(events.columns(), events.cells()[r]),
                    attendance.rowTotals()[r], named(attendance.columns(), attendance.cells()[r])));
        }
        RegionalActivity.Region total = new RegionalActivity.Region(null, events.grandTotal(),
                named(events.columns(), events.columnTotals()), attendance.grandTotal(),
                named(attendance.columns(), attendance.columnTotals()));
        return new RegionalActivity(financialYear, scope.region(), !scope.asTheyAre(), rows, total);
    }

    /** Sessions held in the year, by kind; attendance is one table, the number of sessions another. */
    public SessionsHeld sessions(FinancialYear year, ReportScope scope) {
        Map<String, long[]> byKind = activity.sessions(year.start(), year.end());
        List<String> kinds = List.copyOf(byKind.keySet());
        long[][] counts = new long[kinds.size()][];
        long[][] attendance = new long[kinds.size()][];
        for (int k = 0; k < kinds.size(); k++) {
            long[] figures = byKind.get(kinds.get(k));
            counts[k] = new long[] {figures[0]};
            attendance[k] = new long[] {figures[1], figures[2], figures[3]};
        }
        ControlledTable sessions = DisclosureControl.control(new CountTable(kinds, List.of("sessions"), counts), scope.asTheyAre());
        ControlledTable people = DisclosureControl.control(new CountTable(kinds, List.of("attended", "apologies", "absent"),
                attendance), scope.asTheyAre());
        List<SessionsHeld.Kind> rows = new ArrayList<>();
        for (int k = 0; k < kinds.size(); k++) {
            Shown[] cells = people.cells()[k];
            rows.add(new SessionsHeld.Kind(kinds.get(k), sessions.cells()[k][0], cells[0], cells[1], cells[2]));
        }
        Shown[] totals = people.columnTotals();
        return new SessionsHeld(year.toString(), !scope.asTheyAre(), rows,
                new SessionsHeld.Kind(null, sessions.grandTotal(), totals[0], totals[1], totals[2]));
    }

    private static ControlledTable control(List<String> regions, Map<String, ActivityRepository.RegionSums> sums,
            java.util.function.Function<ActivityRepository.RegionSums, Map<String, Long>> part, ReportScope scope) {
        List<String> columns = List.copyOf(new TreeSet<>(sums.values().stream().flatMap(s -> part.apply(s).keySet().stream()).toList()));
        long[][] counts = new long[regions.size()][columns.size()];
        for (int r = 0; r < regions.size(); r++) {
            Map<String, Long> row = part.apply(sums.get(regions.get(r)));
            for (int c = 0; c < columns.size(); c++) {
                counts[r][c] = row.getOrDefault(columns.get(c), 0L);
            }
        }
        return DisclosureControl.control(new CountTable(regions, columns, counts), scope.asTheyAre());
    }

    private static Map<String, Shown> named(List<String> columns, Shown[] cells) {
        Map<String, Shown> named = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            named.put(columns.get(c), cells[c]);
        }
        return named;
    }
}
