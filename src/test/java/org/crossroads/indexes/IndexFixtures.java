package org.crossroads.indexes;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Places;

/**
 * Accounts, cities and small indexes the index tests share. Every test builds its own index (a fresh code),
 * so the shared database's other indexes never enter its benchmarks. The cities are not the ones other
 * modules' tests use.
 */
final class IndexFixtures {

    static final String ADMIN = "admin";
    static final String COORDINATOR = "index-coordinator";
    static final String OTHER_COORDINATOR = "index-other-coordinator";
    static final String NADOR_FOCAL_POINT = "nador-index-focal-point";
    static final String IRBID_FOCAL_POINT = "irbid-index-focal-point";
    static final String ZARQA_FOCAL_POINT = "zarqa-index-focal-point";
    static final String TANGIER_FOCAL_POINT = "tangier-index-focal-point";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Accounts accounts;
    private final Organisations organisations;
    private final Places places;

    IndexFixtures(Accounts accounts, Organisations organisations, Places places) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.places = places;
    }

    Editor admin() {
        return accounts.findByUsername(ADMIN).orElseThrow();
    }

    Editor coordinator() {
        return account(COORDINATOR, Role.NETWORK_COORDINATOR, organisations.resolve("org:mc2cm").orElseThrow().id(), null);
    }

    Editor otherCoordinator() {
        return account(OTHER_COORDINATOR, Role.NETWORK_COORDINATOR, organisations.resolve("org:uclg-africa").orElseThrow().id(),
                null);
    }

    Editor nador() {
        return account(NADOR_FOCAL_POINT, Role.CITY_FOCAL_POINT, null, nadorId());
    }

    Editor irbid() {
        return account(IRBID_FOCAL_POINT, Role.CITY_FOCAL_POINT, null, irbidId());
    }

    Editor zarqa() {
        return account(ZARQA_FOCAL_POINT, Role.CITY_FOCAL_POINT, null, zarqaId());
    }

    Editor tangier() {
        return account(TANGIER_FOCAL_POINT, Role.CITY_FOCAL_POINT, null, tangierId());
    }

    long nadorId() {
        return place("Nador, MA");
    }

    long irbidId() {
        return place("Irbid, JO");
    }

    long zarqaId() {
        return place("Zarqa, JO");
    }

    long tangierId() {
        return place("Tangier, MA");
    }

    long place(String reference) {
        return places.resolve(reference).orElseThrow().id();
    }

    static String uniqueCode(String prefix) {
        return prefix + "-" + System.nanoTime() % 100000 + "-" + SEQUENCE.incrementAndGet();
    }

    static IndexText text(String english) {
        return new IndexText(Map.of("en", english, "fr", english + " (fr)", "ar", english + " (ar)", "es", english + " (es)"));
    }

    /**
     * A small published index: dimension "gov" (weight 2) with "gov.unit" (one choice: full 100, partly 40, none
     * 0; weight 1) and "gov.staff" (a number: 0 to 9 scores 0, 10 and more 50; weight 3); dimension "voice"
     * (weight 1) with "voice.ways" (several choices: council 60, budget 60, forum 10; weight 1) and the optional
     * "voice.plan" (yes or no; weight 2).
     */
    static IndexDefinition smallIndex(String code) {
        return new IndexDefinition(code, text("Small test index " + code), text("For tests"),
                text("Not the Council of Europe’s index"), List.of(
                        new IndexDefinition.Dimension("gov", text("Governance"), IndexText.empty(), new BigDecimal("2"), List.of(
                                new IndexDefinition.Question("gov.unit", text("Is there a unit?"), QuestionKind.SINGLE_CHOICE,
                                        BigDecimal.ONE, true, List.of(option("full", 100), option("partly", 40), option("none", 0))),
                                new IndexDefinition.Question("gov.staff", text("How many staff?"), QuestionKind.NUMBER_RANGE,
                                        new BigDecimal("3"), true, List.of(
                                                new IndexDefinition.Option("few", IndexText.empty(), 0, BigDecimal.ZERO,
                                                        new BigDecimal("9")),
                                                new IndexDefinition.Option("many", IndexText.empty(), 50, BigDecimal.TEN, null))))),
                        new IndexDefinition.Dimension("voice", text("Participation"), IndexText.empty(), BigDecimal.ONE, List.of(
                                new IndexDefinition.Question("voice.ways", text("Which ways?"), QuestionKind.MULTI_CHOICE,
                                        BigDecimal.ONE, true, List.of(option("council", 60), option("budget", 60),
                                                option("forum", 10))),
                                new IndexDefinition.Question("voice.plan", text("Is there a plan?"), QuestionKind.YES_NO,
                                        new BigDecimal("2"), false, List.of())))));
    }

    static IndexDefinition.Option option(String code, int score) {
        return new IndexDefinition.Option(code, text("Option " + code), score, null, null);
    }

    /** Answers to {@link #smallIndex}: a unit, a staff count and participation ways; the plan as given (null: none). */
    static List<IndexAnswer> answers(String unit, int staff, List<String> ways, String plan) {
        List<IndexAnswer> answers = new java.util.ArrayList<>(List.of(IndexAnswer.choice("gov.unit", unit),
                IndexAnswer.number("gov.staff", BigDecimal.valueOf(staff)),
                new IndexAnswer("voice.ways", ways, null)));
        if (plan != null) {
            answers.add(IndexAnswer.choice("voice.plan", plan));
        }
        return answers;
    }

    private synchronized Editor account(String username, Role role, Long organisationId, Long placeId) {
        if (!accounts.exists(username)) {
            accounts.create(username, username, "{noop}password-for-tests", role, organisationId, placeId);
        }
        return accounts.findByUsername(username).orElseThrow();
    }
}
