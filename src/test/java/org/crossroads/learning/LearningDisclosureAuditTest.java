package org.crossroads.learning;

import static org.assertj.core.api.Assertions.assertThat;

import org.crossroads.learning.events.EventDraft;
import org.crossroads.learning.surveys.SurveyTemplate;
import org.crossroads.learning.participants.ParticipantDraft;
import org.crossroads.learning.surveys.SurveyAnswering;
import org.crossroads.learning.surveys.SurveyResults;
import org.crossroads.learning.participants.ParticipantRegistry;
import org.crossroads.learning.surveys.SurveyRounds;
import org.crossroads.learning.participants.ParticipationStatistics;
import org.crossroads.learning.surveys.SurveyTemplates;
import org.crossroads.learning.events.EventEditing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crossroads.IntegrationTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.directory.LocalAuthorityDraft;
import org.crossroads.directory.OrganisationDraft;
import org.crossroads.directory.OrganisationEditing;
import org.crossroads.directory.PlaceEditing;
import org.crossroads.directory.Places;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.vocabulary.WorldRegions;
import org.springframework.context.MessageSource;
import tools.jackson.databind.json.JsonMapper;
import org.crossroads.shared.statistics.DisclosureAudit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The attacker of issue 9, section 1, against the learning module. Each round generates a small world through
 * the real services — a network, a few cities with roles in several regions, a few events with few delegates
 * (some returning, some recorded absent, some without a city or email), feedback surveys with few answers —
 * then reads every public learning output about it as an anonymous visitor over HTTP (event, city and network
 * dashboards as pages, CSV and PDF; the participation, survey and results API), writes every figure it sees
 * and every relation between them into a {@link DisclosureAudit}, and fails when linear programming narrows a
 * hidden count below what "&lt;5" says. The seed is printed on failure; {@code -Dlearning.audit.seed=} replays it
 * and {@code -Dlearning.audit.rounds=} runs more rounds.
 */
@IntegrationTest
class LearningDisclosureAuditTest {

    static final List<String> COUNTRIES = List.of("TN", "MA", "SN", "IT", "JO");
    static final List<String> ROLES = List.of("origin", "transit", "destination");
    static final List<String> GENDERS = List.of("woman", "man", "man", "woman", "not_stated", "non_binary");
    static final List<String> POSITIONS = List.of("technical", "technical", "political", "other");

    @LocalServerPort int port;
    @Autowired EventEditing editing;
    @Autowired ParticipantRegistry registry;
    @Autowired SurveyRounds rounds;
    @Autowired SurveyAnswering answering;
    @Autowired SurveyTemplates templates;
    @Autowired PlaceEditing placeEditing;
    @Autowired OrganisationEditing organisationEditing;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired LearningSettings settings;
    @Autowired ParticipationStatistics statistics;
    @Autowired SurveyResults results;
    @Autowired Places places;
    @Autowired Vocabularies vocabularies;
    @Autowired WorldRegions regions;
    @Autowired MessageSource messages;
    @Autowired JsonMapper json;

    /** A person of a round: the same email makes them the same participant at every event. */
    record Person(String name, String email, String cityRef, String gender, String position) {}

    /** What a round made: its network, cities and events, and each event's feedback survey if it has one. */
    record World(long network, List<Long> cities, List<Long> events, Map<Long, Long> surveys) {}

    @Test
    void noHiddenCountOfEventsCitiesNetworksOrSurveysCanBeWorkedOutFromEverythingPublished() throws Exception {
        long seed = Long.getLong("learning.audit.seed", System.nanoTime());
        int count = Integer.getInteger("learning.audit.rounds", 20);
        Random random = new Random(seed);
        Editor admin = administrator();
        PublishedLearningFigures published = new PublishedLearningFigures(settings.smallCountThreshold(), statistics, results,
                places, vocabularies, regions, messages, json);
        int cases = 0;
        int hidden = 0;
        long[] nanos = new long[3];
        for (int round = 0; round < count; round++) {
            long start = System.nanoTime();
            World world = generate(random, admin, UUID.randomUUID().toString().substring(0, 8));
            long generated = System.nanoTime();
            DisclosureAudit audit = new DisclosureAudit(settings.smallCountThreshold());
            PublishedLearningFigures.Tally tally = published.collect(world, audit, port, round % 10 == 0);
            long collected = System.nanoTime();
            List<DisclosureAudit.Breach> breaches = audit.breaches();
            nanos[0] += generated - start;
            nanos[1] += collected - generated;
            nanos[2] += System.nanoTime() - collected;
            assertThat(breaches).as("seed %d, round %d (%s): every hidden count still spans 1 to %d", seed, round, world,
                    settings.smallCountThreshold() - 1).isEmpty();
            cases += world.events().size() + world.cities().size() + world.surveys().size() + 1;
            hidden += tally.hidden();
        }
        System.out.printf("learning disclosure audit: seed %d, %d rounds, %d cases, %d hidden counts, no breach "
                + "(generating %d ms, reading %d ms, solving %d ms)%n", seed, count, cases, hidden, nanos[0] / 1_000_000,
                nanos[1] / 1_000_000, nanos[2] / 1_000_000);
        assertThat(hidden).as("the generated worlds hide something (seed %d)", seed).isPositive();
    }

    World generate(Random random, Editor admin, String run) {
        String orgRef = "org:audit-" + run;
        long network = organisationEditing.upsertByExternalId(new OrganisationDraft(orgRef, "Audit network " + run,
                "AUD" + run, "city_network", null, null, null, null, "audit"), "test").id();
        int cityCount = 2 + random.nextInt(3);
        List<Long> cities = new ArrayList<>();
        List<String> cityRefs = new ArrayList<>();
        for (int i = 0; i < cityCount; i++) {
            String ref = "place:audit-" + run + "-" + i;
            List<String> roles = ROLES.stream().filter(r -> random.nextInt(3) == 0).toList();
            cities.add(placeEditing.addLocalAuthority(new LocalAuthorityDraft(ref, "Audit town " + run + " " + i,
                    COUNTRIES.get(random.nextInt(COUNTRIES.size())), 40_000L, 30.0 + i, 10.0, roles, List.of(), "audit"), "test")
                    .id());
            cityRefs.add(ref);
        }
        List<Person> pool = new ArrayList<>();
        int people = 4 + random.nextInt(9);
        for (int i = 0; i < people; i++) {
            String email = random.nextInt(8) == 0 ? null : "audit-" + run + "-" + i + "@example.org";
            String city = random.nextInt(9) == 0 ? null : cityRefs.get(random.nextInt(cityRefs.size()));
            String position = random.nextInt(7) == 0 ? null : POSITIONS.get(random.nextInt(POSITIONS.size()));
            pool.add(new Person("Audit person " + run + " " + i, email, city, GENDERS.get(random.nextInt(GENDERS.size())), position));
        }
        int eventCount = 2 + random.nextInt(3);
        List<Long> events = new ArrayList<>();
        Map<Long, Long> surveys = new LinkedHashMap<>();
        for (int e = 0; e < eventCount; e++) {
            LocalDate day = LocalDate.now().minusDays(20 - 3L * e);
            long event = editing.create(new EventDraft(null, "Audit event " + run + " " + e, cityRefs.get(random.nextInt(cityCount)),
                    day, day, "day", "in_person", List.of(orgRef), List.of(), List.of(), List.of(), null, List.of(), null, "audit"),
                    admin);
            events.add(event);
            int size = 1 + random.nextInt(Math.min(pool.size(), 11));
            List<Person> chosen = new ArrayList<>(pool);
            java.util.Collections.shuffle(chosen, random);
            for (Person p : chosen.subList(0, size)) {
                long participant = registry.register(event, new ParticipantDraft(p.name(), p.email(), null, p.cityRef(),
                        p.position(), null, p.gender(), null, "en", List.of("participation", "surveys"), null), admin).participantId();
                if (random.nextInt(8) == 0) {
                    registry.recordAttendance(event, participant, false, admin);
                }
            }
            if (random.nextInt(5) < 3) {
                surveys.put(event, survey(random, event, admin, chosen.subList(0, size)));
            }
        }
        return new World(network, cities, events, surveys);
    }

    long survey(Random random, long event, Editor admin, List<Person> invited) {
        long survey = rounds.createFeedback(event, null, false, admin);
        rounds.send(survey, admin);
        SurveyTemplate template = templates.find(rounds.find(survey).orElseThrow().templateId()).orElseThrow();
        int skew = 1 + random.nextInt(5);
        for (Person p : invited) {
            if (p.email() == null || random.nextInt(10) < 3) {
                continue;
            }
            token(p.email()).ifPresent(token -> {
                Map<String, String> answers = new LinkedHashMap<>();
                for (SurveyTemplate.SurveyQuestion q : template.questions()) {
                    if (q.isLikert()) {
                        answers.put("q" + q.id(), String.valueOf(Math.max(1, Math.min(5, skew + random.nextInt(3) - 1))));
                    } else if (!q.options().isEmpty()) {
                        answers.put("q" + q.id(), q.options().get(random.nextInt(q.options().size())).code());
                    } else if (q.required()) {
                        answers.put("q" + q.id(), "An answer");
                    }
                }
                answering.submit(token, answers);
            });
        }
        return survey;
    }

    java.util.Optional<String> token(String email) {
        return jdbc.sql("select body_text from mail_outbox where recipient = :r and purpose = 'survey-invitation' order by id desc limit 1")
                .param("r", email).query(String.class).optional().map(body -> {
                    Matcher m = Pattern.compile("/respond/([A-Za-z0-9_-]{43})").matcher(body);
                    return m.find() ? m.group(1) : null;
                });
    }

    Editor administrator() {
        synchronized (LearningDisclosureAuditTest.class) {
            if (!accounts.exists("learning-audit-admin")) {
                accounts.create("learning-audit-admin", "Learning audit", "{noop}password-for-tests", Role.ADMINISTRATOR, null, null);
            }
        }
        return accounts.findByUsername("learning-audit-admin").orElseThrow();
    }
}
