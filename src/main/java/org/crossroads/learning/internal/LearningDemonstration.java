package org.crossroads.learning.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.learning.LearningFiguresChanged;
import org.crossroads.shared.demo.DemonstrationData;
import org.crossroads.shared.mail.LinkTokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Peer learning's part of the demonstration dataset: three events of MC2CM cities with 160 invented participants from eight cities with registered participants and
 * their attendance, feedback and six-month follow-up surveys answered, peer ratings, two rounds of Five Core
 * Capabilities self-assessments of the cities taking part, and outcome statements at every review step. Every record
 * is written by {@link DemonstrationData#AUTHOR}, which no account can be, and the events' themes say
 * "Demonstration". Participants are invented people with addresses at example.org; no message is ever queued for
 * them (their invitations are recorded as sent and answered).
 */
@Component
class LearningDemonstration implements DemonstrationData {

    private static final String AUTHOR = DemonstrationData.AUTHOR;
    private static final List<String> CITIES = List.of("Tangier, MA", "Sfax, TN", "Oujda, MA", "Amman, JO", "Beirut, LB",
            "Lisbon, PT", "Tunis, TN", "Rabat, MA", "Lyon, FR", "Turin, IT", "Madrid, ES", "Vienna, AT");
    private static final List<String> GIVEN = List.of("Amina", "Youssef", "Leila", "Karim", "Samira", "Omar", "Nadia",
            "Hassan", "Fatima", "Rami", "Salma", "Tarek", "Marta", "João", "Claire", "Luca", "Ines", "Pablo", "Sophie", "Adel");
    private static final List<String> FAMILY = List.of("Benali", "Haddad", "Mansour", "El Idrissi", "Khoury", "Trabelsi",
            "Ferreira", "Rossi", "Garcia", "Dubois", "Zahra", "Saidi", "Nasser", "Costa", "Moreau");
    private static final List<String> POSITIONS = List.of("technical", "technical", "political", "other");
    private static final List<String> GENDERS = List.of("woman", "man", "woman", "man", "not_stated");

    private final JdbcClient jdbc;
    private final Places places;
    private final Organisations organisations;
    private final ApplicationEventPublisher publisher;

    LearningDemonstration(JdbcClient jdbc, Places places, Organisations organisations, ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.places = places;
        this.organisations = organisations;
        this.publisher = publisher;
    }

    @Override
    public String part() {
        return "learning";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from learning_event where created_by = :a").param("a", AUTHOR).query(Long.class).single();
    }

    private record Plan(String code, String theme, String themeFr, String themeAr, String themeEs, String host,
            LocalDate start, int days, String format) {}

    @Override
    public void add(RandomGenerator random) {
        List<Place> cities = CITIES.stream().map(places::resolve).flatMap(Optional::stream).toList();
        if (cities.size() < 4) {
            return; // the gazetteer is not loaded (a test without the built-in dataset): nothing to show
        }
        Long network = organisations.resolve("MC2CM").map(Organisation::id).orElse(null);
        List<Long> people = participants(cities, random);
        List<Plan> plans = List.of(
                new Plan("demo:event:1", "Demonstration: welcoming newcomers at municipal one-stop shops",
                        "Démonstration : accueillir les nouveaux arrivants dans les guichets uniques municipaux",
                        "عرض توضيحي: استقبال الوافدين الجدد في الشبابيك الموحدة البلدية",
                        "Demostración: acoger a los recién llegados en las ventanillas únicas municipales",
                        "Tangier, MA", LocalDate.of(2024, 3, 12), 3, "in_person"),
                new Plan("demo:event:2", "Demonstration: local data on human mobility for planning services",
                        "Démonstration : données locales sur la mobilité humaine pour planifier les services",
                        "عرض توضيحي: البيانات المحلية عن التنقل البشري لتخطيط الخدمات",
                        "Demostración: datos locales sobre movilidad humana para planificar servicios",
                        "Amman, JO", LocalDate.of(2024, 10, 8), 2, "hybrid"),
                new Plan("demo:event:3", "Demonstration: access to health care and schooling for all residents",
                        "Démonstration : l’accès aux soins et à l’école pour tous les résidents",
                        "عرض توضيحي: الحصول على الرعاية الصحية والتعليم لجميع السكان",
                        "Demostración: acceso a la salud y a la escuela para todos los residentes",
                        "Sfax, TN", LocalDate.of(2025, 5, 20), 1, "online"));
        List<Long> events = new ArrayList<>();
        for (Plan plan : plans) {
            long event = event(plan, network);
            events.add(event);
            List<Long> attendees = register(event, people, random);
            survey(event, plan, "feedback", "feedback-default", plan.start().plusDays(plan.days()), attendees, random);
            if (plan.start().plusMonths(6).isBefore(LocalDate.now())) {
                survey(event, plan, "follow_up_6", "follow-up-default", plan.start().plusMonths(6), attendees, random);
            }
            ratings(event, attendees, random);
        }
        assessments(cities, random);
        outcomes(events, cities, network);
        publisher.publishEvent(new LearningFiguresChanged("demonstration", 0L));
    }

    private List<Long> participants(List<Place> cities, RandomGenerator random) {
        List<Long> ids = new ArrayList<>();
        // enough people from few enough cities that breakdowns pass small-count protection (5 and more per cell)
        List<Place> home = cities.subList(0, Math.min(8, cities.size()));
        for (int i = 0; i < 160; i++) {
            Place city = home.get(i % home.size());
            String name = GIVEN.get(random.nextInt(GIVEN.size())) + " " + FAMILY.get(random.nextInt(FAMILY.size()));
            ids.add(jdbc.sql("""
                    insert into participant (full_name, email, place_id, position, gender, language, match_key, created_by)
                    values (:n, :e, :p, :pos, :g, :l, :k, :a) returning id""")
                    .param("n", name).param("e", "demo-participant-%03d@example.org".formatted(i + 1)).param("p", city.id())
                    .param("pos", POSITIONS.get(random.nextInt(POSITIONS.size())))
                    .param("g", GENDERS.get(random.nextInt(GENDERS.size())))
                    .param("l", List.of("en", "fr", "ar", "es").get(random.nextInt(4)))
                    .param("k", "demo " + (i + 1)).param("a", AUTHOR).query(Long.class).single());
            jdbc.sql("""
                    insert into participant_consent (participant_id, purpose, given_on, recorded_by)
                    select :id, purpose, date '2024-01-15', :a from unnest(array['participation', 'surveys']) purpose""")
                    .param("id", ids.get(ids.size() - 1)).param("a", AUTHOR).update();
        }
        return ids;
    }

    private long event(Plan plan, Long network) {
        Long host = places.resolve(plan.host()).map(Place::id).orElse(null);
        String translations = """
                {"fr": {"theme": "%s"}, "ar": {"theme": "%s"}, "es": {"theme": "%s"}}"""
                .formatted(plan.themeFr(), plan.themeAr(), plan.themeEs());
        long id = jdbc.sql("""
                insert into learning_event (external_id, theme, host_place_id, starts_on, ends_on, format, languages, methods,
                    source, created_by, language, translations)
                values (:x, :t, :h, :s, :e, :f, array['en', 'fr', 'ar'], array['field_visit', 'storytelling'], :src, :a, 'en',
                    cast(:tr as jsonb)) returning id""")
                .param("x", plan.code()).param("t", plan.theme()).param("h", host).param("s", plan.start())
                .param("e", plan.start().plusDays(plan.days() - 1L)).param("f", plan.format())
                .param("src", "Crossroads demonstration data (generated; not a real event)").param("a", AUTHOR)
                .param("tr", translations).query(Long.class).single();
        if (network != null) {
            jdbc.sql("insert into learning_event_organiser (event_id, organisation_id) values (:e, :o)")
                    .param("e", id).param("o", network).update();
        }
        jdbc.sql("""
                insert into learning_objective (event_id, audience, objective, position) values
                (:e, 'Reception and social services staff', 'Compare how each city receives newcomers and what it asks of them', 1),
                (:e, 'Elected officials', 'Agree on one change each city will try within six months', 2)""")
                .param("e", id).update();
        return id;
    }

    /** Registers about 60 of the participants; five in six attend. Returns those who attended. */
    private List<Long> register(long event, List<Long> people, RandomGenerator random) {
        List<Long> attended = new ArrayList<>();
        for (long person : people) {
            if (random.nextInt(12) >= 5) {
                continue;
            }
            boolean came = random.nextInt(6) > 0;
            jdbc.sql("""
                    insert into registration (event_id, participant_id, place_id, position, gender, attended, registered_by)
                    select :e, id, place_id, position, gender, :came, :a from participant where id = :p""")
                    .param("e", event).param("p", person).param("came", came).param("a", AUTHOR).update();
            if (came) {
                attended.add(person);
            }
        }
        return attended;
    }

    /** One survey round, sent to those who attended, answered by about three in four. */
    private void survey(long event, Plan plan, String round, String template, LocalDate opens, List<Long> attendees,
            RandomGenerator random) {
        long templateId = jdbc.sql("select id from survey_template where code = :c").param("c", template)
                .query(Long.class).single();
        OffsetDateTime sent = opens.atTime(9, 0).atOffset(ZoneOffset.UTC);
        long survey = jdbc.sql("""
                insert into survey (event_id, template_id, round, anonymous, opens_on, closes_on, sent_at, created_by)
                values (:e, :t, :r, false, :o, :c, :s, :a) returning id""")
                .param("e", event).param("t", templateId).param("r", round).param("o", opens).param("c", opens.plusDays(30))
                .param("s", sent).param("a", AUTHOR).query(Long.class).single();
        List<Question> questions = jdbc.sql("""
                select id, code, kind from survey_question where template_id = :t and retired_at is null order by position""")
                .param("t", templateId).query((rs, n) -> new Question(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
        for (long person : attendees) {
            boolean answers = random.nextInt(4) > 0;
            long invitation = jdbc.sql("""
                    insert into survey_invitation (survey_id, participant_id, token_hash, place_id, language, sent_at, responded_at)
                    select :s, id, :h, place_id, language, :sent, :answered from participant where id = :p returning id""")
                    .param("s", survey).param("h", LinkTokens.hash(LinkTokens.newToken())).param("p", person)
                    .param("sent", sent).param("answered", answers ? sent.plusDays(1 + random.nextInt(10)) : null)
                    .query(Long.class).single();
            if (!answers) {
                continue;
            }
            long response = jdbc.sql("""
                    insert into survey_response (survey_id, invitation_id, place_id, language, submitted_at)
                    select :s, i.id, i.place_id, i.language, i.responded_at from survey_invitation i where i.id = :i returning id""")
                    .param("s", survey).param("i", invitation).query(Long.class).single();
            boolean changed = random.nextInt(3) > 0;
            for (Question q : questions) {
                answer(response, q, changed, random);
            }
        }
    }

    private record Question(long id, String code, String kind) {}

    private void answer(long response, Question q, boolean changed, RandomGenerator random) {
        Integer score = null;
        String choice = null;
        String text = null;
        switch (q.kind()) {
            case "likert" -> score = 3 + random.nextInt(3) - (random.nextInt(8) == 0 ? 1 : 0);
            case "choice" -> choice = switch (q.code()) {
                case "change_reported" -> changed ? "yes" : (random.nextBoolean() ? "not_yet" : "no");
                case "change_type" -> changed ? List.of("practice", "behaviour", "relationship", "policy").get(random.nextInt(4)) : null;
                default -> null;
            };
            default -> text = random.nextInt(3) == 0 ? switch (q.code()) {
                case "apply" -> "A shared intake form for all municipal desks.";
                case "improve" -> "More time for site visits.";
                default -> changed ? "Our reception desk now refers newcomers to the health centre on the same day." : null;
            } : null;
        }
        if (score == null && choice == null && text == null) {
            return;
        }
        jdbc.sql("insert into survey_answer (response_id, question_id, score, choice, text_value) values (:r, :q, :s, :c, :t)")
                .param("r", response).param("q", q.id()).param("s", score).param("c", choice).param("t", text).update();
    }

    /** Each city that attended rates two others that attended. */
    private void ratings(long event, List<Long> attendees, RandomGenerator random) {
        List<Long> cities = jdbc.sql("select distinct place_id from participant where id = any(:p) and place_id is not null order by 1")
                .param("p", attendees.toArray(Long[]::new)).query(Long.class).list();
        for (int i = 0; i < cities.size() && cities.size() > 1; i++) {
            for (int step = 1; step <= Math.min(2, cities.size() - 1); step++) {
                jdbc.sql("""
                        insert into peer_rating (event_id, rater_place_id, rated_place_id, inputs, relevance, mutuality, rated_by)
                        values (:e, :r, :d, :i, :v, :m, :a) on conflict do nothing""")
                        .param("e", event).param("r", cities.get(i)).param("d", cities.get((i + step) % cities.size()))
                        .param("i", 3 + random.nextInt(3)).param("v", 3 + random.nextInt(3)).param("m", 2 + random.nextInt(4))
                        .param("a", AUTHOR).update();
            }
        }
    }

    /** Two self-assessments of each city, 2023 and 2025, the later one mostly higher; periods a city assessed itself are left. */
    private void assessments(List<Place> cities, RandomGenerator random) {
        Long framework = jdbc.sql("select id from capability_framework where code = 'five-core-capabilities'")
                .query(Long.class).optional().orElse(null);
        if (framework == null) {
            return;
        }
        List<Long> indicators = jdbc.sql("""
                select i.id from capability_indicator i join capability c on c.id = i.capability_id
                where c.framework_id = :f order by i.id""").param("f", framework).query(Long.class).list();
        for (Place city : cities.subList(0, Math.min(8, cities.size()))) {
            int[] baseline = indicators.stream().mapToInt(i -> 1 + random.nextInt(3)).toArray();
            for (String period : List.of("2023", "2025")) {
                Optional<Long> assessment = jdbc.sql("""
                        insert into capability_assessment (framework_id, place_id, period, assessed_by, assessed_at)
                        values (:f, :p, :period, :a, :at) on conflict do nothing returning id""")
                        .param("f", framework).param("p", city.id()).param("period", period).param("a", AUTHOR)
                        .param("at", LocalDate.of(Integer.parseInt(period), 6, 30).atStartOfDay().atOffset(ZoneOffset.UTC))
                        .query(Long.class).optional();
                if (assessment.isEmpty()) {
                    continue;
                }
                for (int i = 0; i < indicators.size(); i++) {
                    int score = period.equals("2023") ? baseline[i] : Math.min(5, baseline[i] + random.nextInt(3));
                    jdbc.sql("insert into capability_score (assessment_id, indicator_id, score) values (:a, :i, :s)")
                            .param("a", assessment.get()).param("i", indicators.get(i)).param("s", score).update();
                }
            }
        }
    }

    private record Outcome(String agent, String type, String description, String significance, String contribution,
            String status, int event, int city, int peer, String capability, String level, LocalDate observed) {}

    /** Outcome statements at each step of review: most validated, one substantiated, one draft. */
    private void outcomes(List<Long> events, List<Place> cities, Long network) {
        List<Outcome> outcomes = List.of(
                new Outcome("Municipality of Tangier, reception desk", "practice",
                        "The reception desk now gives every newcomer one appointment for registration, health and schooling.",
                        "Families no longer visit three offices over several weeks.",
                        "Staff saw Lisbon's one-stop shop during the exchange and adapted its intake form.",
                        "validated", 0, 0, 5, "commit_engage", "institutional", LocalDate.of(2024, 9, 2)),
                new Outcome("Sfax city council", "policy",
                        "The council adopted a local plan for the inclusion of migrants and refugees with a yearly budget line.",
                        "The first municipal budget for migrant inclusion in the city.",
                        "Elected officials drafted the plan with peers from Oujda after the first exchange.",
                        "validated", 0, 1, 2, "commit_engage", "collective", LocalDate.of(2024, 11, 20)),
                new Outcome("Amman municipality, statistics unit", "practice",
                        "The statistics unit publishes district figures on newcomers every quarter, with small counts hidden.",
                        "Services are planned on figures instead of estimates.",
                        "The unit reused the indicator list discussed in the data exchange.",
                        "validated", 1, 3, 4, "deliver", "institutional", LocalDate.of(2025, 3, 15)),
                new Outcome("Oujda social affairs department and two associations", "relationship",
                        "The department and two associations meet monthly to refer people in transit to shelter and care.",
                        "People in transit are referred within a day instead of a week.",
                        "The department saw Tunis's coordination table during the exchange.",
                        "validated", 1, 2, 6, "relate", "collective", LocalDate.of(2025, 4, 1)),
                new Outcome("Beirut health directorate", "behaviour",
                        "Health centre staff now accept a municipal attestation instead of a residence permit for vaccination.",
                        "Children without papers are vaccinated.",
                        "Nurses from Beirut and Amman compared their admission rules.",
                        "substantiated", 2, 4, 3, "adapt", "individual", LocalDate.of(2025, 9, 10)),
                new Outcome("Rabat education office", "practice",
                        "Schools enrol children during the school year with a simplified file.",
                        null, null, "draft", 2, 7, 1, "deliver", "individual", LocalDate.of(2025, 10, 5)));
        for (Outcome o : outcomes) {
            if (o.city() >= cities.size() || o.peer() >= cities.size()) {
                continue;
            }
            boolean validated = o.status().equals("validated");
            long id = jdbc.sql("""
                    insert into outcome_statement (status, change_agent, change_type, description, observed_on, place_id,
                        significance, contribution, source, network_id, substantiated_by, substantiation, substantiated_at,
                        validated_by, validated_at, created_by)
                    values (:s, :agent, :type, :d, :obs, :p, :sig, :con, 'Demonstration: follow-up interview (generated)', :n,
                        :subBy, :sub, :subAt, :valBy, :valAt, :a) returning id""")
                    .param("s", o.status()).param("agent", o.agent()).param("type", o.type()).param("d", o.description())
                    .param("obs", o.observed()).param("p", cities.get(o.city()).id()).param("sig", o.significance())
                    .param("con", o.contribution()).param("n", network)
                    .param("subBy", o.status().equals("draft") ? null : AUTHOR)
                    .param("sub", o.status().equals("draft") ? null : "Confirmed by the city's focal point (demonstration).")
                    .param("subAt", o.status().equals("draft") ? null : o.observed().plusDays(20).atStartOfDay().atOffset(ZoneOffset.UTC))
                    .param("valBy", validated ? AUTHOR : null)
                    .param("valAt", validated ? o.observed().plusDays(40).atStartOfDay().atOffset(ZoneOffset.UTC) : null)
                    .param("a", AUTHOR).query(Long.class).single();
            jdbc.sql("insert into outcome_event (outcome_id, event_id) values (:o, :e)")
                    .param("o", id).param("e", events.get(o.event())).update();
            jdbc.sql("insert into outcome_peer (outcome_id, place_id) values (:o, :p)")
                    .param("o", id).param("p", cities.get(o.peer()).id()).update();
            jdbc.sql("""
                    insert into outcome_capability (outcome_id, capability_id, level)
                    select :o, c.id, :l from capability c join capability_framework f on f.id = c.framework_id
                    where f.code = 'five-core-capabilities' and c.code = :c""")
                    .param("o", id).param("l", o.level()).param("c", o.capability()).update();
        }
    }

    @Override
    public void remove() {
        jdbc.sql("delete from outcome_statement where created_by = :a").param("a", AUTHOR).update();
        jdbc.sql("delete from capability_assessment where assessed_by = :a").param("a", AUTHOR).update();
        // surveys, invitations, responses, registrations, ratings and objectives go with their events
        jdbc.sql("delete from learning_event where created_by = :a").param("a", AUTHOR).update();
        jdbc.sql("delete from participant where created_by = :a").param("a", AUTHOR).update();
        publisher.publishEvent(new LearningFiguresChanged("demonstration", 0L));
    }
}
