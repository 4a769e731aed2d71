package org.crossroads.commitments;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Places;
import org.crossroads.shared.dataset.DatasetSettings;
import org.crossroads.library.Documents;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.vocabulary.ShownText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With the built-in dataset: the review cycles, frameworks, signatures, pledges and recommendations the seed reports
 * name ({@code commitments/built-in.json}, each with its source passage), after the documents they link. Records whose
 * key the platform holds already are left as editors left them. A reference that resolves to nothing (a city, an
 * organisation, a document, a framework's article) stops the start with every such problem listed, and nothing is
 * loaded: a silently dropped record would make the dataset lie. A count a source gives without names ("signed by over
 * 30 cities") is kept as the framework's stated count, never turned into invented signatories.
 */
@Component
@Order(70)
class BuiltInCommitments implements ApplicationRunner {

    static final String FILE = "commitments/built-in.json";
    static final String ACTOR = "built-in dataset";
    private static final Logger log = LoggerFactory.getLogger(BuiltInCommitments.class);

    private final FrameworkStore frameworks;
    private final RecommendationStore recommendations;
    private final SignatureStore signatures;
    private final PledgeStore pledges;
    private final PledgeEditing pledgeEditing;
    private final SignatureEditing signatureEditing;
    private final Places places;
    private final Organisations organisations;
    private final Documents documents;
    private final DatasetSettings settings;
    private final JsonMapper json;
    private final MessageSource messages;
    private final TransactionTemplate transaction;

    BuiltInCommitments(FrameworkStore frameworks, RecommendationStore recommendations, SignatureStore signatures,
            PledgeStore pledges, PledgeEditing pledgeEditing, SignatureEditing signatureEditing, Places places,
            Organisations organisations, Documents documents, DatasetSettings settings, JsonMapper json,
            MessageSource messages, PlatformTransactionManager transactions) {
        this.frameworks = frameworks;
        this.recommendations = recommendations;
        this.signatures = signatures;
        this.pledges = pledges;
        this.pledgeEditing = pledgeEditing;
        this.signatureEditing = signatureEditing;
        this.places = places;
        this.organisations = organisations;
        this.documents = documents;
        this.settings = settings;
        this.json = json;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!settings.load()) {
            return;
        }
        JsonNode root;
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            root = json.readTree(in);
        }
        List<String> problems = new ArrayList<>();
        int[] loaded = new int[5];
        transaction.executeWithoutResult(status -> {
            load(root, problems, loaded);
            if (!problems.isEmpty()) {
                status.setRollbackOnly();
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The built-in commitments (" + FILE + ") were not loaded:\n"
                    + String.join("\n", problems));
        }
        log.info("Loaded built-in commitments: {} review cycles, {} frameworks, {} signatures, {} pledges, {} recommendations",
                loaded[0], loaded[1], loaded[2], loaded[3], loaded[4]);
    }

    /** Stores what is new, collecting every problem; the caller rolls back when there is any. */
    void load(JsonNode root, List<String> problems, int[] loaded) {
        Map<String, Long> cycles = new LinkedHashMap<>();
        for (JsonNode c : root.path("review_cycles")) {
            String key = c.path("key").asString();
            Optional<Long> existing = frameworks.cycleIdOf(key);
            if (existing.isPresent()) {
                cycles.put(key, existing.get());
                continue;
            }
            Texts name = texts(c.path("name"));
            cycles.put(key, frameworks.insertCycle(new ReviewCycle(0, key, c.path("process").asString(), "en",
                    name.original, name.translations("name"), LocalDate.parse(c.path("held_from").asString()),
                    c.hasNonNull("held_to") ? LocalDate.parse(c.path("held_to").asString()) : null,
                    citation(c.path("source"))), ACTOR));
            loaded[0]++;
        }
        Map<String, Long> frameworkIds = new LinkedHashMap<>();
        for (JsonNode f : root.path("frameworks")) {
            String key = f.path("key").asString();
            String where = "framework " + key;
            Optional<Long> existing = frameworks.idOf(key);
            if (existing.isPresent()) {
                frameworkIds.put(key, existing.get());
                continue;
            }
            Long convener = reference(f, "convener", where, problems, () -> organisations.resolve(f.path("convener").asString())
                    .map(o -> o.id()));
            Long document = reference(f, "document", where, problems, () -> documents.idOf(f.path("document").asString()));
            List<Long> cycleIds = new ArrayList<>();
            for (JsonNode c : f.path("review_cycles")) {
                Long id = cycles.get(c.asString());
                if (id == null) {
                    problems.add(where + ", review_cycles: no review cycle " + c.asString());
                } else {
                    cycleIds.add(id);
                }
            }
            List<Framework.Article> articles = new ArrayList<>();
            for (JsonNode a : f.path("articles")) {
                Texts text = texts(a.path("text"));
                articles.add(new Framework.Article(a.path("number").asInt(), "en", text.original, text.translations("text"),
                        source(a.path("source"))));
            }
            Texts title = texts(f.path("title"));
            Texts summary = texts(f.path("summary"));
            Map<String, Map<String, String>> translations = merge(title.translations("title"),
                    summary.translations("summary"));
            List<Framework.StatedCount> stated = new ArrayList<>();
            for (JsonNode c : f.path("stated_counts")) {
                Texts what = texts(c.path("what"));
                stated.add(new Framework.StatedCount(c.path("count").asInt(), c.path("qualifier").asString(),
                        what.original(), what.others(), source(c.path("source"))));
            }
            Framework framework = new Framework(0, key, f.path("kind").asString(), "en", title.original, summary.original,
                    translations, date(f, "adopted_on", "adopted_year"), convener, text(f, "convener_name"), document,
                    f.path("articles_label").asString("article"), articles, stated, cycleIds, sources(f.path("sources")), 0);
            frameworkIds.put(key, frameworks.insert(framework, ACTOR));
            loaded[1]++;
        }
        for (JsonNode s : root.path("signatures")) {
            String where = "signature of " + s.path("framework").asString() + " by "
                    + (s.hasNonNull("place") ? s.path("place").asString() : s.path("organisation").asString());
            Long framework = frameworkIds.get(s.path("framework").asString());
            if (framework == null) {
                problems.add(where + ": no framework " + s.path("framework").asString());
                continue;
            }
            SignatureDraft draft = new SignatureDraft(String.valueOf(framework), text(s, "place"), text(s, "organisation"),
                    s.path("kind").asString("signed"), s.path("on_behalf_of_members").asBoolean(false),
                    dateText(s, "signed_on", "signed_year"), text(s, "office"), false, source(s.path("source")));
            try {
                Long placeId = s.hasNonNull("place") ? places.resolve(s.path("place").asString()).map(p -> p.id()).orElse(null)
                        : null;
                Long orgId = placeId == null && s.hasNonNull("organisation")
                        ? organisations.resolve(s.path("organisation").asString()).map(o -> o.id()).orElse(null) : null;
                if ((placeId != null || orgId != null) && signatures.idOf(framework, placeId, orgId).isPresent()) {
                    continue;
                }
                signatureEditing.createAs(placeId != null ? withoutOrganisation(draft) : draft, ACTOR);
                loaded[2]++;
            } catch (InvalidEntryException e) {
                problems.addAll(describe(where, e));
            }
        }
        for (JsonNode p : root.path("pledges")) {
            String key = p.path("key").asString();
            if (pledges.idOf(key).isPresent()) {
                continue;
            }
            List<String> cities = new ArrayList<>();
            List<String> orgs = new ArrayList<>();
            for (JsonNode party : p.path("parties")) {
                // a city and its own council name one party: the city
                if (party.hasNonNull("place")) {
                    cities.add(party.path("place").asString());
                } else if (party.hasNonNull("organisation")) {
                    orgs.add(party.path("organisation").asString());
                }
            }
            Texts text = texts(p.path("text"));
            String framework = p.hasNonNull("framework") ? String.valueOf(frameworkIds.get(p.path("framework").asString()))
                    : null;
            if (p.hasNonNull("framework") && frameworkIds.get(p.path("framework").asString()) == null) {
                problems.add("pledge " + key + ": no framework " + p.path("framework").asString());
                continue;
            }
            String statusOn = dateText(p, "status_on", "status_year");
            PledgeDraft draft = new PledgeDraft(key, framework, cities, orgs, p.path("language").asString("en"),
                    text.original, text.translations("text"), strings(p.path("articles")), strings(p.path("gcm_objectives")),
                    strings(p.path("gcr_objectives")), strings(p.path("themes")), dateText(p, "target_date", "target_year"),
                    text(p, "responsible_office"), null, p.path("status").asString(), statusOn, false,
                    p.path("source").isObject() ? List.of(source(p.path("source"))) : List.of());
            try {
                pledgeEditing.createAs(draft, ACTOR);
                loaded[3]++;
            } catch (InvalidEntryException e) {
                problems.addAll(describe("pledge " + key, e));
            }
        }
        for (JsonNode r : root.path("recommendations")) {
            String key = r.path("key").asString();
            if (recommendations.idOf(key).isPresent()) {
                continue;
            }
            Long document = reference(r, "document", "recommendation " + key, problems,
                    () -> documents.idOf(r.path("document").asString()));
            Texts text = texts(r.path("text"));
            recommendations.insert(new Recommendation(0, key, document, null, text(r, "section"),
                    r.hasNonNull("number") ? r.path("number").asInt() : null, "en", text.original, text.translations("text"),
                    strings(r.path("addressees")), strings(r.path("themes")), source(r.path("source")), 0, 0), ACTOR);
            loaded[4]++;
        }
    }

    private static SignatureDraft withoutOrganisation(SignatureDraft d) {
        return new SignatureDraft(d.framework(), d.city(), null, d.kind(), d.onBehalfOfMembers(), d.signed(), d.office(),
                d.restricted(), d.source());
    }

    private List<String> describe(String where, InvalidEntryException e) {
        List<String> out = new ArrayList<>();
        for (FieldError f : e.errors()) {
            out.add(where + ", " + f.field() + ": "
                    + messages.getMessage(f.messageKey(), f.arguments().toArray(), f.messageKey(), Locale.ENGLISH));
        }
        return out;
    }

    private static Long reference(JsonNode node, String field, String where, List<String> problems,
            Supplier<Optional<Long>> resolve) {
        if (!node.hasNonNull(field)) {
            return null;
        }
        Optional<Long> id = resolve.get();
        if (id.isEmpty()) {
            problems.add(where + ", " + field + ": nothing is known as " + node.path(field).asString());
        }
        return id.orElse(null);
    }

    /** A text in English with its translations. */
    private record Texts(String original, Map<String, String> others) {

        Map<String, Map<String, String>> translations(String field) {
            Map<String, Map<String, String>> t = new LinkedHashMap<>();
            others.forEach((language, text) -> t.put(language, Map.of(field, text)));
            return t;
        }
    }

    private static Texts texts(JsonNode node) {
        if (!node.isObject()) {
            return new Texts(null, Map.of());
        }
        Map<String, String> others = new LinkedHashMap<>();
        for (String language : ShownText.LANGUAGES) {
            if (!language.equals("en") && node.hasNonNull(language) && !node.path(language).asString().isBlank()) {
                others.put(language, node.path(language).asString());
            }
        }
        return new Texts(node.path("en").asString(), others);
    }

    private static Map<String, Map<String, String>> merge(Map<String, Map<String, String>> a,
            Map<String, Map<String, String>> b) {
        Map<String, Map<String, String>> merged = new LinkedHashMap<>();
        a.forEach((l, m) -> merged.computeIfAbsent(l, k -> new LinkedHashMap<>()).putAll(m));
        b.forEach((l, m) -> merged.computeIfAbsent(l, k -> new LinkedHashMap<>()).putAll(m));
        return merged;
    }

    private static PartialDate date(JsonNode node, String dayField, String yearField) {
        String text = dateText(node, dayField, yearField);
        return text == null ? null : PartialDate.parse(text);
    }

    private static String dateText(JsonNode node, String dayField, String yearField) {
        if (node.hasNonNull(dayField)) {
            return node.path(dayField).asString();
        }
        return node.hasNonNull(yearField) ? String.valueOf(node.path(yearField).asInt()) : null;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.path(field).asString() : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.isNumber() ? String.valueOf(n.asInt()) : n.asString()));
        return out;
    }

    private static Source source(JsonNode node) {
        return node.isObject() && node.hasNonNull("citation")
                ? new Source(node.path("citation").asString(), text(node, "passage")) : null;
    }

    private static String citation(JsonNode node) {
        Source s = source(node);
        return s == null ? null : s.passage() == null ? s.citation() : s.citation() + ": “" + s.passage() + "”";
    }

    private static List<Source> sources(JsonNode array) {
        List<Source> out = new ArrayList<>();
        array.forEach(n -> {
            Source s = source(n);
            if (s != null) {
                out.add(s);
            }
        });
        return out;
    }
}
