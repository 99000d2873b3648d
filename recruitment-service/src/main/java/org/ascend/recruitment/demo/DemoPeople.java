package org.ascend.recruitment.demo;

import java.util.List;
import java.util.Random;

import org.ascend.recruitment.eligibility.OrganisationType;
import org.ascend.recruitment.eligibility.Profession;
import org.ascend.recruitment.equality.EqualityAnswers;

/**
 * Made-up but plausible NHS applicants for the demo: names from the workforce's many backgrounds,
 * real NHS trust ODS codes in each of the seven regions, and monitoring answers that include
 * "prefer not to say" and no answer at all. A fixed seed makes every demo the same.
 */
final class DemoPeople {

    record Employer(String odsCode, String region, OrganisationType type) {
    }

    record Person(String givenName, String familyName, Employer employer, String band, Profession profession,
            String currentRole, EqualityAnswers equality) {

        String email() {
            return (givenName + "." + familyName).toLowerCase().replaceAll("[^a-z.]", "") + "@nhs.example";
        }
    }

    /** Real trusts, two per region (docs/domain.md §1: NHS England's seven regions). */
    static final List<Employer> EMPLOYERS = List.of(
            new Employer("RJ1", "Y56", OrganisationType.ACUTE_TRUST), new Employer("RQM", "Y56", OrganisationType.ACUTE_TRUST),
            new Employer("RA7", "Y58", OrganisationType.ACUTE_TRUST), new Employer("RH8", "Y58", OrganisationType.ACUTE_TRUST),
            new Employer("RTH", "Y59", OrganisationType.ACUTE_TRUST), new Employer("RXQ", "Y59", OrganisationType.ACUTE_TRUST),
            new Employer("RJE", "Y60", OrganisationType.ACUTE_TRUST), new Employer("RRE", "Y60", OrganisationType.MENTAL_HEALTH_TRUST),
            new Employer("RGT", "Y61", OrganisationType.ACUTE_TRUST), new Employer("RGN", "Y61", OrganisationType.ACUTE_TRUST),
            new Employer("RW3", "Y62", OrganisationType.ACUTE_TRUST), new Employer("RXN", "Y62", OrganisationType.ACUTE_TRUST),
            new Employer("RR8", "Y63", OrganisationType.ACUTE_TRUST), new Employer("RXF", "Y63", OrganisationType.ACUTE_TRUST));

    private static final List<String> GIVEN = List.of("Amara", "Sam", "Rhys", "Priya", "Tomasz", "Ngozi", "Grace",
            "Mohammed", "Siobhan", "Wei", "Olusegun", "Hannah", "Imran", "Chloe", "Kwame", "Aisling", "Ravi", "Fatima",
            "Daniel", "Yetunde", "Eleanor", "Hamid", "Lucy", "Chidi", "Megan", "Arjun", "Zainab", "Owen", "Mei", "Joseph");
    private static final List<String> FAMILY = List.of("Okafor", "Patel", "Evans", "Nair", "Kowalski", "Adeyemi",
            "Thompson", "Hussain", "Murphy", "Zhang", "Bakare", "Clarke", "Akhtar", "Walsh", "Mensah", "Byrne", "Sharma",
            "Begum", "Hughes", "Oyelaran", "Price", "Rahimi", "Turner", "Eze", "Jones", "Kaur", "Ali", "Griffiths", "Chen",
            "Boateng");
    /** NHS Data Dictionary ethnic category codes, weighted roughly like the NHS workforce; Z is "not stated". */
    private static final String ETHNIC = "AAAAAAAAAABCCDEFHHHKLMNNPRSZ";
    private static final List<String> AGE_BANDS = List.of("25-34", "35-44", "35-44", "45-54", "45-54", "55-64");

    private final Random random;

    DemoPeople(long seed) {
        this.random = new Random(seed);
    }

    Person next(int index, List<Employer> employers, List<String> bands, List<Profession> professions, List<String> roles) {
        String given = GIVEN.get(index % GIVEN.size());
        String family = FAMILY.get((index * 7 + index / FAMILY.size()) % FAMILY.size());
        return new Person(given, family, pick(employers), pick(bands), pick(professions), pick(roles), equality());
    }

    /** One in ten gives no answers; among the rest some choose "prefer not to say" (docs/domain.md §2). */
    private EqualityAnswers equality() {
        if (random.nextInt(10) == 0) {
            return null;
        }
        String ethnic = String.valueOf(ETHNIC.charAt(random.nextInt(ETHNIC.length())));
        return new EqualityAnswers(ethnic, pick(AGE_BANDS), random.nextInt(8) == 0 ? "YES" : pickNoOrDecline(),
                pickNoOrDecline(), pick(List.of("MARRIED", "CIVIL_PARTNERSHIP", "NEITHER", "PREFER_NOT_TO_SAY")),
                pickNoOrDecline(), pick(List.of("NO_RELIGION", "CHRISTIAN", "CHRISTIAN", "MUSLIM", "HINDU", "SIKH", "JEWISH",
                        "PREFER_NOT_TO_SAY")),
                random.nextInt(10) < 7 ? "FEMALE" : pick(List.of("MALE", "PREFER_NOT_TO_SAY")),
                pick(List.of("HETEROSEXUAL", "HETEROSEXUAL", "HETEROSEXUAL", "HETEROSEXUAL", "GAY_OR_LESBIAN", "BISEXUAL",
                        "PREFER_NOT_TO_SAY")));
    }

    private String pickNoOrDecline() {
        return random.nextInt(12) == 0 ? "PREFER_NOT_TO_SAY" : "NO";
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }
}
