package org.ascend.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One demo user per role of docs/architecture.md, and a regional lead for each of the seven NHS England
 * regions. Local stack only: their password is "demo".
 */
final class DemoUsers {

    /** NHS England region codes and names (docs/domain.md §1). */
    static final Map<String, String> REGIONS = Map.of(
            "Y56", "London", "Y58", "South West", "Y59", "South East", "Y60", "Midlands",
            "Y61", "East of England", "Y62", "North West", "Y63", "North East and Yorkshire");

    static final List<DemoUser> ALL = all();

    private DemoUsers() {
    }

    /**
     * Any number of numbered applicants: {@code bench-applicant-<n>} for load benchmarks (bench/submissions.sh), one
     * application each per intake; {@code demo-applicant-<n>} for the people the demo data seeds (they answer offers).
     */
    static final java.util.regex.Pattern NUMBERED_APPLICANT = java.util.regex.Pattern.compile("(bench|demo)-applicant-(\\d{1,7})");

    static Optional<DemoUser> find(String username) {
        var numbered = NUMBERED_APPLICANT.matcher(username);
        if (numbered.matches()) {
            List<String> regions = REGIONS.keySet().stream().sorted().toList();
            String region = regions.get(Integer.parseInt(numbered.group(2)) % regions.size());
            String kind = numbered.group(1).equals("bench") ? "Benchmark applicant " : "Demo applicant ";
            return Optional.of(new DemoUser(username, kind + numbered.group(2), List.of("applicant"), region, "RR8"));
        }
        return ALL.stream().filter(user -> user.username().equals(username)).findFirst();
    }

    private static List<DemoUser> all() {
        List<DemoUser> users = new ArrayList<>(List.of(
                new DemoUser("applicant", "Amara Okafor (applicant)", List.of("applicant"), "Y63", "RR8"),
                new DemoUser("applicant-2", "Sam Patel (applicant)", List.of("applicant"), "Y56", "RJ1"),
                new DemoUser("applicant-3", "Rhys Evans (applicant)", List.of("applicant"), "Y60", "RWE"),
                new DemoUser("sponsor", "Dr Helen Shaw (sponsor)", List.of("sponsor"), "Y63", "RR8"),
                new DemoUser("assessor", "Chris Lowe (assessor)", List.of("assessor"), null, "RX1"),
                new DemoUser("assessor-2", "Grace Mwangi (assessor)", List.of("assessor"), null, "RX3"),
                new DemoUser("assessor-3", "Owen Price (assessor)", List.of("assessor"), null, "RX4"),
                new DemoUser("assessor-4", "Hannah Cole (assessor)", List.of("assessor"), null, "RX5"),
                new DemoUser("assessor-5", "Imran Siddiqui (assessor)", List.of("assessor"), null, "RX6"),
                new DemoUser("moderator", "Priya Nair (moderator)", List.of("moderator"), null, "RX1"),
                new DemoUser("coach", "Dr Femi Adeyemi (coach)", List.of("coach"), "Y56", "RYJ"),
                new DemoUser("programme-manager", "Jo Burns (programme manager)", List.of("programme-manager"), null, null),
                new DemoUser("analyst", "Alex Kim (analyst)", List.of("analyst"), null, null),
                // University Hospitals of North Midlands, a member of the Staffordshire and Stoke-on-Trent local system.
                new DemoUser("talent-lead", "Kate Morris (talent lead, UHNM)", List.of("talent-lead"), "Y60", "RJE"),
                new DemoUser("platform-admin", "Morgan Reid (platform admin)", List.of("platform-admin"), null, null)));
        REGIONS.keySet().stream().sorted().forEach(code -> users.add(new DemoUser("regional-lead-" + code.toLowerCase(),
                "Regional lead, " + REGIONS.get(code), List.of("regional-lead"), code, null)));
        // The role name alone picks the first regional lead, so `./ascend token regional-lead` works.
        users.add(new DemoUser("regional-lead", "Regional lead, North East and Yorkshire", List.of("regional-lead"), "Y63", null));
        return List.copyOf(users);
    }
}
