package org.ascend.recruitment.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ascend.platform.security.Caller;
import org.ascend.recruitment.application.Application;
import org.ascend.recruitment.application.ApplicationForm;
import org.ascend.recruitment.application.ApplicationRepository;
import org.ascend.recruitment.application.ApplicationService;
import org.ascend.recruitment.eligibility.EligibilityRules;
import org.ascend.recruitment.eligibility.PositiveAction;
import org.ascend.recruitment.eligibility.Profession;
import org.ascend.recruitment.equality.EqualityService;
import org.ascend.recruitment.intake.Intake;
import org.ascend.recruitment.intake.IntakeRepository;
import org.ascend.recruitment.intake.IntakeService;
import org.ascend.recruitment.intake.Question;
import org.ascend.recruitment.scheme.Scheme;
import org.ascend.recruitment.scheme.SchemeRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The seed documents' schemes, with applicants, so a newcomer sees a populated platform
 * ({@code ./ascend up --demo}). Everything goes through the same services the API uses, so events flow
 * to assessment and reporting as they would for real applications. Seeds once: a second run finds the
 * schemes and does nothing.
 */
@Component
public class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String ADOW = "Aspirant Director of Workforce";
    static final String SPONSOR_EMAIL = "sponsor@demo.ascend.example";

    public record Summary(int schemes, int intakes, int applications, boolean alreadySeeded) {
    }

    private final SchemeRepository schemes;
    private final IntakeService intakes;
    private final ApplicationService applications;
    private final EqualityService equality;
    private final ApplicationRepository applicationRecords;
    private final IntakeRepository intakeRecords;
    private final DemoPeople people = new DemoPeople(2019);
    private int personIndex;
    private int intakeCount;

    DemoData(SchemeRepository schemes, IntakeService intakes, ApplicationService applications, EqualityService equality,
            ApplicationRepository applicationRecords, IntakeRepository intakeRecords) {
        this.schemes = schemes;
        this.intakes = intakes;
        this.applications = applications;
        this.equality = equality;
        this.applicationRecords = applicationRecords;
        this.intakeRecords = intakeRecords;
    }

    /** Seeds unless the demo schemes are there already (seeded by an earlier start). */
    public synchronized Summary seed() {
        if (schemes.find(demoId(ADOW)).isPresent()) {
            return new Summary(0, 0, 0, true);
        }
        int intakesBefore = intakeCount;
        int submitted = aspirantDirectorsOfWorkforce() + highPotentialPilot() + steppingUp();
        return new Summary(3, intakeCount - intakesBefore, submitted, false);
    }

    /**
     * Seed page 000: NHS Employers with NHS Leadership Academy Executive Search, cohorts of 15. Cohort 4 was launched
     * 24 June 2019; cohorts 1 to 3 are the rounds before it (their dates are illustrative: one round a year). Every
     * round is history: seeded open, then closed and dated as it happened.
     */
    private int aspirantDirectorsOfWorkforce() {
        Scheme scheme = scheme(ADOW, "NHS Employers with NHS Leadership Academy Executive Search",
                "A national development programme for senior HR and OD leaders ready for a director of workforce role "
                        + "within two years.", 15, Set.of(),
                new EligibilityRules("8c", "VSM", Set.of(), Set.of(Profession.HR_AND_ORGANISATIONAL_DEVELOPMENT), Set.of()),
                PositiveAction.none());
        List<Question> questions = List.of(
                freeText("motivation", "Why do you want to become a director of workforce, and why now?", 500),
                freeText("leadership", "Describe a workforce change you led across organisational boundaries.", 500));
        Map<String, Object> answers = Map.of(
                "motivation", "I have led our people strategy for three years and want to shape workforce policy at board level.",
                "leadership", "I led a shared staff bank across four trusts, cutting agency spend and vacancy time.");
        int count = 0;
        int[][] rounds = {{2016, 6, 6, 30}, {2017, 6, 5, 32}, {2018, 6, 4, 36}, {2019, 6, 24, 42}};
        for (int i = 0; i < rounds.length; i++) {
            Instant opens = LocalDateTime.of(rounds[i][0], rounds[i][1], rounds[i][2], 9, 0).atZone(LONDON).toInstant();
            Instant closes = opens.plus(28, ChronoUnit.DAYS).plus(3, ChronoUnit.HOURS); // four weeks, closing at noon
            int applications = rounds[i][3];
            count += historicRound(scheme, "Cohort " + (i + 1), 15, opens, closes, questions, intake -> apply(intake, applications,
                    DemoPeople.EMPLOYERS, List.of("8b", "8c", "8c", "8d", "8d", "9", "VSM"),
                    List.of(Profession.HR_AND_ORGANISATIONAL_DEVELOPMENT, Profession.HR_AND_ORGANISATIONAL_DEVELOPMENT,
                            Profession.HR_AND_ORGANISATIONAL_DEVELOPMENT, Profession.OPERATIONAL_MANAGEMENT),
                    List.of("Deputy Director of Workforce", "Associate Director of People", "Head of Organisational Development",
                            "Deputy Chief People Officer"), answers));
        }
        return count;
    }

    /**
     * Seed page 001: a local High Potential Scheme pilot in Staffordshire, an initial cohort of 20 from June. Its
     * recruitment round closed in the spring; the cohort is running.
     */
    private int highPotentialPilot() {
        Scheme scheme = scheme("High Potential Scheme (Staffordshire pilot)",
                "NHS Leadership Academy with the Staffordshire and Stoke-on-Trent system",
                "A valid, reliable and inclusive way to identify and develop high-potential leaders across the local system.",
                20, Set.of("Y60"), new EligibilityRules("8a", "9", Set.of("Y60"), Set.of(), Set.of()), PositiveAction.none());
        var midlandsMostly = List.of(DemoPeople.EMPLOYERS.get(6), DemoPeople.EMPLOYERS.get(7), DemoPeople.EMPLOYERS.get(6),
                DemoPeople.EMPLOYERS.get(7), DemoPeople.EMPLOYERS.get(10));
        Instant opens = LocalDateTime.of(2026, 3, 2, 9, 0).atZone(LONDON).toInstant();
        Instant closes = LocalDateTime.of(2026, 4, 13, 12, 0).atZone(LONDON).toInstant();
        return historicRound(scheme, "Pilot cohort 1", 20, opens, closes, List.of(
                freeText("system-leadership", "Tell us about leading beyond your own organisation.", 300)),
                intake -> apply(intake, 46, midlandsMostly, List.of("8a", "8b", "8b", "8c", "8d", "7"),
                        List.of(Profession.values()), List.of("Service Manager", "Head of Nursing", "Clinical Director",
                                "Head of Finance", "Deputy Chief Operating Officer"),
                        Map.of("system-leadership", "I chaired the system's discharge group and brought three providers onto one plan.")));
    }

    /**
     * Seed page 001: the Staffordshire Stepping Up programme for BAME leaders, a targeted scheme (s.158): last year's
     * round (its cohort is running) and this year's, open now.
     */
    private int steppingUp() {
        Scheme scheme = scheme("Stepping Up", "NHS Leadership Academy",
                "For existing and aspiring leaders from Black, Asian and minority ethnic communities.", 25, Set.of(),
                new EligibilityRules("5", "8a", Set.of(), Set.of(), Set.of()),
                new PositiveAction(PositiveAction.Basis.S158_TARGETED, PositiveAction.ProtectedCharacteristic.RACE,
                        "Black, Asian and minority ethnic staff are under-represented in NHS senior leadership relative to the "
                                + "workforce (WRES indicator 9); this programme meets that need under Equality Act 2010 s.158."));
        List<Question> questions = List.of(
                freeText("aspiration", "What leadership role do you aspire to in five years?", 300),
                new Question("support", "What would help you most?", Question.Type.SINGLE_CHOICE, null,
                        List.of("Mentoring", "Coaching", "Stretch assignment", "Formal qualification"), true));
        int count = historicRound(scheme, "2025 cohort", 25, LocalDateTime.of(2025, 3, 3, 9, 0).atZone(LONDON).toInstant(),
                LocalDateTime.of(2025, 4, 14, 12, 0).atZone(LONDON).toInstant(), questions, intake -> steppingUpApplicants(intake, 40));
        return count + steppingUpApplicants(openNow(scheme, "2026 cohort", 25, questions), 26);
    }

    private int steppingUpApplicants(Intake intake, int count) {
        return apply(intake, count, DemoPeople.EMPLOYERS, List.of("5", "6", "6", "7", "7", "8a"), List.of(Profession.values()),
                List.of("Ward Manager", "Team Leader", "Practice Development Nurse", "HR Business Partner", "Project Manager"),
                Map.of("aspiration", "A deputy director of nursing post, leading quality improvement across the trust.",
                        "support", "Mentoring"));
    }

    /** A round that has happened: opened, applied to, closed, then dated as it happened. */
    private int historicRound(Scheme scheme, String name, int places, Instant opens, Instant closes, List<Question> questions,
            java.util.function.ToIntFunction<Intake> applicants) {
        Intake intake = intakes.create(scheme.id(), new IntakeService.Spec(name, places, opens,
                Instant.now().plus(1, ChronoUnit.HOURS), questions, false, null));
        intakeCount++;
        intakes.open(intake.id());
        int count = applicants.applyAsInt(intake);
        intakes.close(intake.id());
        backdate(intake.id(), opens, closes);
        return count;
    }

    private Scheme scheme(String name, String owner, String description, int size, Set<String> regions,
            EligibilityRules rules, PositiveAction positiveAction) {
        // docs/domain.md §2: unsuccessful applications kept for the claim period, commonly 6 months.
        var scheme = new Scheme(demoId(name), name, owner, description, size, regions, rules, positiveAction, 6,
                Instant.now());
        schemes.insert(scheme);
        return scheme;
    }

    /** Fixed ids mark the demo's schemes, so seeding knows it has run whatever else the team created. */
    public static UUID demoId(String schemeName) {
        return UUID.nameUUIDFromBytes(("ascend-demo:" + schemeName).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private Intake openNow(Scheme scheme, String name, int places, List<Question> questions) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        intakeCount++;
        Intake intake = intakes.create(scheme.id(), new IntakeService.Spec(name, places, now.minus(7, ChronoUnit.DAYS),
                now.plus(28, ChronoUnit.DAYS), questions, false, null));
        return intakes.open(intake.id());
    }

    private int apply(Intake intake, int count, List<DemoPeople.Employer> employers, List<String> bands,
            List<Profession> professions, List<String> roles, Map<String, Object> answers) {
        for (int i = 0; i < count; i++) {
            var person = people.next(personIndex++, employers, bands, professions, roles);
            var caller = new Caller("demo-applicant-" + personIndex, Set.of("applicant"), person.employer().region(),
                    person.employer().odsCode(), person.email());
            // A few name the demo sponsor, so `./ascend token sponsor` has something to endorse.
            var sponsor = i % 8 == 0 ? new ApplicationForm.NamedSponsor("Dr Helen Shaw", SPONSOR_EMAIL) : null;
            Application submitted = applications.submit(intake.id(), caller, new ApplicationForm(person.email(),
                    person.givenName(), person.familyName(), person.employer().region(), person.band(),
                    person.employer().odsCode(), person.employer().type(), person.profession(), person.currentRole(),
                    people.chance(95), new HashMap<>(answers), sponsor));
            if (person.equality() != null) {
                equality.record(submitted.id(), caller, person.equality());
            }
            if (people.chance(8)) {
                applications.withdraw(submitted.id(), caller);
            }
        }
        log.info("Demo data: {} applications to intake '{}'", count, intake.name());
        return count;
    }

    /** The historical round's real dates: spread submissions across its window, then set its closing time. */
    private void backdate(UUID intakeId, Instant opens, Instant closes) {
        applicationRecords.spreadSubmissions(intakeId, opens, closes);
        intakeRecords.recordClosingTime(intakeId, closes);
    }

    private static Question freeText(String id, String text, int wordLimit) {
        return new Question(id, text, Question.Type.FREE_TEXT, wordLimit, List.of(), true);
    }
}
