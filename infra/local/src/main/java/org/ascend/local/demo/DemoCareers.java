package org.ascend.local.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * After the programme (docs/demo.md, "Careers"): the Aspirant Director of Workforce alumni of cohorts 1 to 3, as
 * themselves, consent to career tracking (most of them) and report their moves since completing: some into director
 * roles within 12 or 24 months, some interim, the programme team confirming board posts from public board lists; a
 * few later withdraw from tracking. The Staffordshire and Stoke-on-Trent local system keeps a talent pool of those who
 * share, and every region's HR Director network records its events of 2017/18 and 2018/19.
 */
final class DemoCareers {

    /** Employers alumni move to: ODS code, organisation type, NHS England region. */
    private static final List<String[]> EMPLOYERS = List.of(
            new String[] {"RJE", "ACUTE_TRUST", "Y60", "University Hospitals of North Midlands"},
            new String[] {"RRE", "COMMUNITY_TRUST", "Y60", "Midlands Partnership NHS Foundation Trust"},
            new String[] {"RJ1", "ACUTE_TRUST", "Y56", "Guy's and St Thomas'"},
            new String[] {"RR8", "ACUTE_TRUST", "Y63", "Leeds Teaching Hospitals"},
            new String[] {"RW6", "MENTAL_HEALTH_TRUST", "Y62", "Pennine Care"},
            new String[] {"RH8", "ACUTE_TRUST", "Y58", "Royal Devon University Healthcare"},
            new String[] {"RTH", "ACUTE_TRUST", "Y59", "Oxford University Hospitals"},
            new String[] {"RGT", "ACUTE_TRUST", "Y61", "Cambridge University Hospitals"},
            new String[] {"RX9", "AMBULANCE_TRUST", "Y60", "East Midlands Ambulance Service"});
    private static final Map<String, String> REGIONS = new LinkedHashMap<>();
    private static final String[] KINDS = {"NETWORK_MEETING", "WORKSHOP", "MASTERCLASS", "NETWORK_MEETING", "CONFERENCE"};
    private static final String[] TOPICS = {"Workforce planning across the system", "Retention: the people promise",
            "Masterclass: the board's role in culture", "Apprenticeships and widening participation",
            "Annual HR Directors' conference", "Health and wellbeing of the workforce", "Equality, diversity and inclusion"};

    static {
        REGIONS.put("Y63", "North East and Yorkshire");
        REGIONS.put("Y62", "North West");
        REGIONS.put("Y60", "Midlands");
        REGIONS.put("Y61", "East of England");
        REGIONS.put("Y56", "London");
        REGIONS.put("Y59", "South East");
        REGIONS.put("Y58", "South West");
    }

    /** What came of it, for the launcher's line. */
    record Result(int consented, int moves, int directorMoves, int withdrawn, int inPool, int networkEvents) {
    }

    private final String gateway;
    private final DemoApi manager;

    DemoCareers(String gateway) {
        this.gateway = gateway;
        this.manager = DemoApi.as(gateway, "programme-manager");
    }

    /** {@code cohorts}: the completed cohorts whose alumni are followed, with the day each ended. */
    Result run(Map<String, LocalDate> cohorts, DemoCohort cohortFeature) {
        int consented = 0;
        int moves = 0;
        int directorMoves = 0;
        List<String[]> sharing = new ArrayList<>(); // participant id, role family ready for
        List<DemoApi> withdrawing = new ArrayList<>();
        List<String> withdrawingIds = new ArrayList<>();
        for (var cohort : cohorts.entrySet()) {
            Map<String, String> subjects = cohortFeature.subjectsByApplication(cohort.getKey());
            for (JsonNode participant : manager.get("/api/cohorts/cohorts/" + cohort.getKey() + "/participants")) {
                String id = participant.path("id").asString();
                if (!participant.path("status").asString().equals("COMPLETED") || Dice.roll(100, id, "consents") >= 85) {
                    continue;
                }
                DemoApi alumnus = DemoApi.as(gateway, subjects.get(participant.path("applicationId").asString()));
                boolean pool = Dice.roll(100, id, "pool") < 60;
                alumnus.put("/api/cohorts/participants/" + id + "/career-consent", Map.of("trackForYears", 10,
                        "shareInAlumniDirectory", Dice.roll(100, id, "directory") < 75, "shareInTalentPool", pool));
                consented++;
                int[] made = career(alumnus, id, cohort.getValue());
                moves += made[0];
                directorMoves += made[1];
                if (pool) {
                    sharing.add(new String[] {id, made[1] > 0 ? "CHIEF_PEOPLE_OFFICER" : "DIRECTOR_OF_WORKFORCE"});
                }
                if (Dice.roll(100, id, "withdraws") < 8) {
                    withdrawing.add(alumnus);
                    withdrawingIds.add(id);
                }
            }
        }
        int inPool = talentPool(sharing, withdrawingIds);
        for (int i = 0; i < withdrawing.size(); i++) {
            withdrawing.get(i).call("DELETE", "/api/cohorts/participants/" + withdrawingIds.get(i) + "/career-consent", null,
                    java.util.Set.of(200));
        }
        return new Result(consented, moves, directorMoves, withdrawing.size(), inPool, networks());
    }

    /**
     * One alumnus's moves since completing: about a third into a director role within 12 months, a quarter within 24
     * (some of them interim first), some to deputy director; board posts confirmed from public board lists.
     */
    private int[] career(DemoApi alumnus, String id, LocalDate completedOn) {
        int path = Dice.roll(100, id, "path");
        String[] employer = EMPLOYERS.get(Dice.roll(EMPLOYERS.size(), id, "employer"));
        String records = "/api/cohorts/participants/" + id + "/career-records";
        if (path >= 80) {
            return new int[] {0, 0};
        }
        if (path >= 55) {
            alumnus.post(records, Map.of("role", role(employer, "Deputy Director of Workforce", "DEPUTY_DIRECTOR", "8d",
                    completedOn.plusMonths(4 + Dice.roll(10, id, "deputy")), null, false, false)));
            return new int[] {1, 0};
        }
        boolean early = path < 33;
        int months = early ? 3 + Dice.roll(10, id, "months") : 13 + Dice.roll(12, id, "months");
        LocalDate promoted = completedOn.plusMonths(months);
        int made = 0;
        if (Dice.roll(100, id, "interim") < 30) { // an interim post first, then the substantive role
            LocalDate interimFrom = promoted.minusMonths(4);
            alumnus.post(records, Map.of("role", role(employer, "Interim Director of Workforce", "DIRECTOR_OF_WORKFORCE", "VSM",
                    interimFrom, promoted.minusDays(1), true, true)));
            made++;
        }
        String title = early ? "Director of Workforce and OD" : "Chief People Officer";
        String family = early ? "DIRECTOR_OF_WORKFORCE" : "CHIEF_PEOPLE_OFFICER";
        Map<String, Object> substantive = role(employer, title, family, "VSM", promoted, null, true, false);
        alumnus.post(records, Map.of("role", substantive));
        if (Dice.roll(100, id, "board list") < 50) {
            manager.post(records, Map.of("role", substantive, "source", "PUBLIC_BOARD_LIST"));
        }
        return new int[] {made + 1, made + 1};
    }

    private static Map<String, Object> role(String[] employer, String title, String family, String band, LocalDate from,
            LocalDate to, boolean boardLevel, boolean interim) {
        Map<String, Object> role = new HashMap<>(Map.of("organisationCode", employer[0], "organisationType", employer[1],
                "regionCode", employer[2], "roleTitle", title + ", " + employer[3], "roleFamily", family, "band", band,
                "startsOn", from.toString(), "boardLevel", boardLevel, "interim", interim));
        if (to != null) {
            role.put("endsOn", to.toString());
        }
        return role;
    }

    /** The Staffordshire and Stoke-on-Trent local system and its pool: those who share and will not withdraw. */
    private int talentPool(List<String[]> sharing, List<String> withdrawing) {
        String systemId = manager.post("/api/cohorts/local-systems", Map.of("name", "Staffordshire and Stoke-on-Trent ICS",
                "regionCode", "Y60", "memberOrganisations", List.of("QNC", "RJE", "RRE", "RLY", "RX9"))).path("id").asString();
        int placed = 0;
        for (String[] person : sharing) {
            if (withdrawing.contains(person[0])) {
                continue;
            }
            boolean readyNow = person[1].equals("CHIEF_PEOPLE_OFFICER") || Dice.roll(100, person[0], "ready") < 30;
            manager.put("/api/cohorts/local-systems/" + systemId + "/talent-pool/" + person[0], Map.of(
                    "readiness", readyNow ? "READY_NOW" : "READY_IN_1_TO_2_YEARS", "roleFamilies", List.of(person[1])));
            placed++;
        }
        return placed;
    }

    /** Each region's HR Director network with four or five events a year in 2017/18 and 2018/19. */
    private int networks() {
        int events = 0;
        for (var region : REGIONS.entrySet()) {
            String networkId = manager.post("/api/cohorts/networks", Map.of("name", region.getValue() + " HR Directors Network",
                    "regionCode", region.getKey())).path("id").asString();
            for (LocalDate year = LocalDate.of(2017, 4, 1); year.isBefore(LocalDate.of(2019, 4, 1)); year = year.plusYears(1)) {
                int count = 4 + Dice.roll(2, region.getKey(), year);
                for (int e = 0; e < count; e++) {
                    LocalDate heldOn = year.plusDays(20 + e * (340L / count) + Dice.roll(20, region.getKey(), year, e));
                    Map<String, Integer> attendance = new LinkedHashMap<>();
                    attendance.put("ACUTE_TRUST", 6 + Dice.roll(14, region.getKey(), heldOn, "acute"));
                    attendance.put("MENTAL_HEALTH_TRUST", 2 + Dice.roll(6, region.getKey(), heldOn, "mental"));
                    attendance.put("COMMUNITY_TRUST", 1 + Dice.roll(5, region.getKey(), heldOn, "community"));
                    attendance.put("INTEGRATED_CARE_BOARD", Dice.roll(5, region.getKey(), heldOn, "system"));
                    attendance.put("AMBULANCE_TRUST", Dice.roll(3, region.getKey(), heldOn, "ambulance"));
                    manager.post("/api/cohorts/networks/" + networkId + "/events", Map.of("heldOn", heldOn.toString(),
                            "kind", KINDS[Dice.roll(KINDS.length, region.getKey(), heldOn, "kind")],
                            "topic", TOPICS[Dice.roll(TOPICS.length, region.getKey(), heldOn, "topic")], "attendance", attendance));
                    events++;
                }
            }
        }
        return events;
    }
}
