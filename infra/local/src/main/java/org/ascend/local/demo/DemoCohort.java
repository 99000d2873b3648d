package org.ascend.local.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * A cohort's life through the API, as its people live it: offers from the outcome, answers from the applicants
 * themselves (a decline, a deferral), enrolment, sessions with attendance, coaching, development plans, and for a
 * cohort that has ended, completions and one withdrawal.
 */
final class DemoCohort {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String[] KINDS = {"MODULE", "ACTION_LEARNING_SET", "MASTERCLASS", "MODULE", "ACTION_LEARNING_SET",
            "SHADOWING", "MODULE", "MASTERCLASS", "ACTION_LEARNING_SET"};
    private static final String[] TOPICS = {"Leading the workforce system", "Action learning: a live challenge",
            "Masterclass: the board and its committees", "Culture, inclusion and staff experience",
            "Action learning: progress and blockers", "Shadowing a director of workforce", "Workforce planning and finance",
            "Masterclass: system leadership in an ICS", "Action learning: what we take forward"};

    /** The cohort to make. {@code declines} and {@code deferrals}: how many offers, in rank order from the top, get those answers. */
    record Plan(String name, LocalDate startsOn, LocalDate endsOn, Map<String, Object> scope, List<String> partners,
            int declines, int deferrals, int sessions, boolean completes) {
    }

    /** What came of it. */
    record Result(String cohortId, int offered, int declined, int deferred, int enrolled, int sessionsHeld, int coached,
            int completed, int withdrawn) {
    }

    private final String gateway;
    private final DemoApi manager;

    DemoCohort(String gateway) {
        this.gateway = gateway;
        this.manager = DemoApi.as(gateway, "programme-manager");
    }

    /** {@code progressing}: how many the intake's final stage progressed (the rank order offers follow). */
    Result run(String intakeId, Plan plan, int progressing) {
        String cohortId = manager.post("/api/cohorts/intakes/" + intakeId + "/cohorts", Map.of("name", plan.name(),
                "startsOn", plan.startsOn().toString(), "endsOn", plan.endsOn().toString(), "scope", plan.scope(),
                "deliveryPartners", plan.partners())).path("id").asString();
        DemoApi.await("cohort to learn the outcome of " + plan.name(), Duration.ofSeconds(60),
                () -> manager.get("/api/cohorts/intakes/" + intakeId + "/rank-order").path("progressing").size(),
                n -> n == progressing);
        manager.post("/api/cohorts/cohorts/" + cohortId + "/offers", Map.of("respondWithinDays", 14));
        int[] answered = answerOffers(cohortId, plan);
        Map<String, String> subjects = subjectsByApplication(cohortId);
        JsonNode participants = DemoApi.await("the participants' details from recruitment", Duration.ofSeconds(60),
                () -> manager.get("/api/cohorts/cohorts/" + cohortId + "/participants"),
                list -> list.size() == answered[2] && allHaveContact(list));
        manager.post("/api/cohorts/cohorts/" + cohortId + "/status", Map.of("status", "RUNNING"));
        int held = sessions(cohortId, plan, participants);
        int coached = coaching(cohortId, participants, subjects);
        int[] outcome = plan.completes() ? complete(participants) : plans(participants, subjects);
        if (plan.completes()) {
            manager.post("/api/cohorts/cohorts/" + cohortId + "/status", Map.of("status", "COMPLETED"));
        }
        return new Result(cohortId, answered[3], answered[0], answered[1], participants.size(), held, coached, outcome[0], outcome[1]);
    }

    /** Every offer is answered by its applicant: the first few decline or ask to defer; the rest accept. Returns counts. */
    private int[] answerOffers(String cohortId, Plan plan) {
        int declined = 0;
        int deferred = 0;
        int accepted = 0;
        List<String> seen = new ArrayList<>();
        while (true) {
            JsonNode offers = DemoApi.await("recruitment to identify whose each offer is", Duration.ofSeconds(60),
                    () -> manager.get("/api/cohorts/cohorts/" + cohortId + "/offers"), DemoCohort::openOffersIdentified);
            JsonNode open = null;
            for (JsonNode offer : offers) {
                if (offer.path("status").asString().equals("OFFERED")) {
                    open = offer;
                    break;
                }
            }
            if (open == null) {
                return new int[] {declined, deferred, accepted, seen.size()};
            }
            String offerId = open.path("id").asString();
            seen.add(offerId);
            DemoApi applicant = DemoApi.as(gateway, open.path("applicantSubject").asString());
            if (declined < plan.declines()) {
                String[] reasons = {"WORKLOAD", "ROLE_OR_JOB_CHANGE", "PERSONAL_CIRCUMSTANCES", "PROGRAMME_DATES"};
                applicant.post("/api/cohorts/offers/" + offerId + "/decline", Map.of("reason", reasons[declined % reasons.length],
                        "note", "Thank you; the timing does not work for me this year."));
                declined++;
            } else if (deferred < plan.deferrals()) {
                applicant.post("/api/cohorts/offers/" + offerId + "/deferral", null);
                manager.post("/api/cohorts/offers/" + offerId + "/deferral/decision", Map.of("approve", true));
                deferred++;
            } else {
                applicant.post("/api/cohorts/offers/" + offerId + "/accept", null);
                accepted++;
            }
        }
    }

    private static boolean openOffersIdentified(JsonNode offers) {
        for (JsonNode offer : offers) {
            if (offer.path("status").asString().equals("OFFERED") && offer.path("applicantSubject").isNull()) {
                return false;
            }
        }
        return true;
    }

    /** Whose each offer (and so each participation) is: application id to the applicant's sign-in subject. */
    Map<String, String> subjectsByApplication(String cohortId) {
        Map<String, String> subjects = new HashMap<>();
        manager.get("/api/cohorts/cohorts/" + cohortId + "/offers")
                .forEach(offer -> subjects.put(offer.path("applicationId").asString(), offer.path("applicantSubject").asString()));
        return subjects;
    }

    private static boolean allHaveContact(JsonNode participants) {
        for (JsonNode p : participants) {
            if (p.path("contact").isNull() || p.path("contact").isMissingNode()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Sessions spread over the cohort's dates, monthly-ish; those already started get attendance (most attend, some
     * send apologies, a few are absent). A running cohort has some still to come.
     */
    private int sessions(String cohortId, Plan plan, JsonNode participants) {
        long span = ChronoUnit.DAYS.between(plan.startsOn(), plan.endsOn());
        int held = 0;
        for (int i = 0; i < plan.sessions(); i++) {
            LocalDate day = plan.startsOn().plusDays(7 + span * i / plan.sessions());
            var startsAt = day.atTime(LocalTime.of(9, 30)).atZone(LONDON).toInstant();
            boolean online = KINDS[i % KINDS.length].equals("ACTION_LEARNING_SET");
            Map<String, Object> session = new HashMap<>(Map.of("kind", KINDS[i % KINDS.length], "title", TOPICS[i % TOPICS.length],
                    "startsAt", startsAt.toString(), "durationMinutes", online ? 180 : 360,
                    "facilitator", i % 2 == 0 ? "NHS Leadership Academy" : "NHS Employers"));
            session.put(online ? "onlineLink" : "place", online ? "https://meet.example.nhs.uk/ascend-als" : "Birmingham, 2 Brindleyplace");
            String sessionId = manager.post("/api/cohorts/cohorts/" + cohortId + "/sessions", session).path("id").asString();
            if (startsAt.isAfter(java.time.Instant.now())) {
                continue;
            }
            List<Map<String, Object>> records = new ArrayList<>();
            for (JsonNode p : participants) {
                int roll = Dice.roll(100, p.path("id").asString(), i);
                records.add(Map.of("participantId", p.path("id").asString(),
                        "status", roll < 87 ? "ATTENDED" : roll < 96 ? "APOLOGIES" : "ABSENT"));
            }
            manager.put("/api/cohorts/sessions/" + sessionId + "/attendance", Map.of("records", records));
            held++;
        }
        return held;
    }

    /** Every third participant ranks two coaches; then the cohort is matched. Returns how many got a coach. */
    private int coaching(String cohortId, JsonNode participants, Map<String, String> subjects) {
        JsonNode coaches = manager.get("/api/cohorts/coaches");
        int i = 0;
        for (JsonNode p : participants) {
            if (i++ % 3 == 0) {
                String first = coaches.get(Dice.roll(coaches.size(), p.path("id").asString())).path("id").asString();
                String second = coaches.get(Dice.roll(coaches.size(), p.path("id").asString(), 2)).path("id").asString();
                List<String> ranked = first.equals(second) ? List.of(first) : List.of(first, second);
                DemoApi.as(gateway, subjects.get(p.path("applicationId").asString())).put("/api/cohorts/participants/"
                        + p.path("id").asString() + "/coaching-preferences", Map.of("coachIds", ranked,
                        "interests", List.of("board", "system-working")));
            }
        }
        return manager.post("/api/cohorts/cohorts/" + cohortId + "/coaching/match", null).path("made").size();
    }

    /**
     * A running cohort: each participant writes an objective with two milestones; every other participant's first
     * milestone is signed off (by the programme team). Returns {completed, withdrawn} = {0, 0}.
     */
    private int[] plans(JsonNode participants, Map<String, String> subjects) {
        int i = 0;
        for (JsonNode p : participants) {
            String id = p.path("id").asString();
            JsonNode plan = DemoApi.as(gateway, subjects.get(p.path("applicationId").asString())).post("/api/cohorts/participants/"
                    + id + "/plan/objectives", Map.of("title", "Lead a change across organisations in our system",
                    "description", "Agreed with my sponsor at the start of the programme.", "milestones", List.of(
                            Map.of("title", "Agree the scope with two partner organisations", "dueOn", LocalDate.now().plusDays(21 + i).toString()),
                            Map.of("title", "Present the results to the system board", "dueOn", LocalDate.now().plusDays(120 + i).toString()))));
            if (i++ % 2 == 0) {
                String milestone = plan.path("objectives").get(0).path("milestones").get(0).path("id").asString();
                manager.post("/api/cohorts/milestones/" + milestone + "/sign-off", null);
            }
        }
        return new int[] {0, 0};
    }

    /**
     * A cohort that has ended: one participant withdrew; the others completed. Their development plans predate
     * Ascend (the delivery partner kept them), so completion is an override with that reason, kept in each history.
     */
    private int[] complete(JsonNode participants) {
        String leaver = null; // exactly one, picked by chance from the ids
        for (JsonNode p : participants) {
            String id = p.path("id").asString();
            if (leaver == null || Dice.roll(1000, id) < Dice.roll(1000, leaver)) {
                leaver = id;
            }
        }
        int completed = 0;
        for (JsonNode p : participants) {
            String id = p.path("id").asString();
            if (id.equals(leaver)) {
                manager.post("/api/cohorts/participants/" + id + "/status", Map.of("status", "WITHDRAWN",
                        "reason", "Moved to a role outside the NHS during the programme", "reasonCategory", "LEFT_THE_NHS"));
                continue;
            }
            manager.post("/api/cohorts/participants/" + id + "/completion", Map.of("override", true, "reason",
                    "The cohort ran before Ascend: the delivery partner kept and signed off development plans."));
            completed++;
        }
        return new int[] {completed, leaver == null ? 0 : 1};
    }
}
