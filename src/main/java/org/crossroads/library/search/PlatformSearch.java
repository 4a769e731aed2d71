package org.crossroads.library.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.PlaceNames;
import org.crossroads.directory.Places;
import org.crossroads.inventory.Initiative;
import org.crossroads.inventory.search.Facet;
import org.crossroads.inventory.search.InitiativeSearch;
import org.crossroads.inventory.search.SearchQuery;
import org.crossroads.inventory.search.SearchResult;
import org.crossroads.learning.events.LearningEvents;
import org.crossroads.learning.outcomes.OutcomeHarvest;
import org.crossroads.learning.outcomes.OutcomeStatement;
import org.crossroads.library.Document;
import org.crossroads.library.Documents;
import org.crossroads.library.practices.Practice;
import org.crossroads.library.practices.PracticeReads;
import org.crossroads.library.search.kinds.SearchableKind;
import org.crossroads.shared.search.QueryUnderstanding;
import org.crossroads.shared.search.UnderstoodQuery;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One search over every kind of record (issue 11 §3): each kind is asked through its own module's public search,
 * which applies the reader's access (members-only documents, Chatham House outcomes and documents, unpublished
 * records), so that a count or a hit here is never more than the kind's own list would show the same reader. Facets
 * (theme, country, city, network, year, language, document type) are counted by each kind in SQL by the same access
 * and added up; a facet's counts ignore its own selection. A filter a kind does not have (a document language for
 * cities) leaves that kind out rather than ignoring it (docs/library.md, "One search: facets").
 */
@Service
public class PlatformSearch {

    /** How many values of a facet are shown unless the reader asks for all of them. */
    public static final int FACET_TOP = 10;

    /** The kinds, in the order the page shows them, with the facets each has and those its own list understands. */
    public enum Kind {
        INITIATIVES("initiatives", "/initiatives", EnumSet.of(Filter.THEME, Filter.COUNTRY, Filter.CITY, Filter.NETWORK),
                EnumSet.of(Filter.THEME, Filter.COUNTRY, Filter.CITY, Filter.NETWORK)),
        ORGANISATIONS("organisations", "/organisations", EnumSet.of(Filter.COUNTRY), EnumSet.noneOf(Filter.class)),
        CITIES("cities", "/cities", EnumSet.of(Filter.COUNTRY, Filter.NETWORK), EnumSet.of(Filter.COUNTRY)),
        EVENTS("events", "/events", EnumSet.of(Filter.YEAR, Filter.CITY, Filter.COUNTRY, Filter.NETWORK), EnumSet.of(Filter.YEAR)),
        OUTCOMES("outcomes", "/outcomes", EnumSet.of(Filter.CITY, Filter.COUNTRY, Filter.NETWORK, Filter.YEAR),
                EnumSet.noneOf(Filter.class)),
        PRACTICES("practices", "/practices", EnumSet.of(Filter.THEME, Filter.COUNTRY, Filter.CITY),
                EnumSet.of(Filter.THEME, Filter.COUNTRY)),
        DOCUMENTS("documents", "/library", EnumSet.allOf(Filter.class), EnumSet.allOf(Filter.class)),
        // kinds of modules that depend on the library, asked through search.kinds.SearchableKind
        PLEDGES("pledges", "/pledges", EnumSet.of(Filter.THEME, Filter.COUNTRY, Filter.CITY), EnumSet.of(Filter.THEME)),
        RECOMMENDATIONS("recommendations", "/recommendations", EnumSet.of(Filter.THEME), EnumSet.of(Filter.THEME));

        public final String code;
        final String list;
        final Set<Filter> filters;
        /** The filters the kind's own list reads (one value each, several for the inventory's). */
        final Set<Filter> listFilters;

        Kind(String code, String list, Set<Filter> filters, Set<Filter> listFilters) {
            this.code = code;
            this.list = list;
            this.filters = filters;
            this.listFilters = listFilters;
        }

        public boolean has(Filter filter) {
            return filters.contains(filter);
        }

        public static Optional<Kind> of(String code) {
            for (Kind k : values()) {
                if (k.code.equals(code)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    /** The facets besides the kind, in the order the page shows them; {@code parameter} names them in URLs and SQL. */
    public enum Filter {
        THEME("theme"), COUNTRY("country"), CITY("city"), NETWORK("network"), YEAR("year"), LANGUAGE("language"),
        TYPE("type");

        public final String parameter;

        Filter(String parameter) {
            this.parameter = parameter;
        }

        /** The kinds that do not have this facet: selecting a value leaves them out. */
        public List<Kind> leavesOut() {
            return Arrays.stream(Kind.values()).filter(k -> !k.has(this)).toList();
        }
    }

    /**
     * What was asked: the words, one kind or all (null), the values selected per facet (values of one facet are
     * alternatives, facets combine), how many hits per kind, and the facet whose every value is listed (or null).
     */
    public record Request(String q, Kind kind, Map<Filter, Set<String>> filters, int perKind, Filter expanded) {
        public Request {
            q = q == null ? "" : q.strip();
            Map<Filter, Set<String>> copy = new EnumMap<>(Filter.class);
            if (filters != null) {
                filters.forEach((f, v) -> {
                    if (v != null && !v.isEmpty()) {
                        copy.put(f, Set.copyOf(v));
                    }
                });
            }
            filters = Collections.unmodifiableMap(copy);
        }

        public Set<String> selected(Filter f) {
            return filters.getOrDefault(f, Set.of());
        }

        /** The selections as the modules' searches read them: facet parameter to values. */
        Map<String, Set<String>> byParameter() {
            Map<String, Set<String>> byName = new HashMap<>();
            filters.forEach((f, v) -> byName.put(f.parameter, v));
            return byName;
        }
    }

    /** One kind's part of the answer: how many the reader may see, the first few, and the kind's own list. */
    public record Group(Kind kind, long total, List<SearchHit> hits, String allLink) {}

    /** A value of a facet: its code, its label in the reader's language, how many records it gives, whether selected. */
    public record FacetValue(String value, String label, long count, boolean selected) {}

    /**
     * A facet with its values, most frequent first (the first {@link #FACET_TOP} and those selected, unless the facet is
     * expanded), how many more values there are, and the kinds it leaves out when a value is selected.
     */
    public record FacetGroup(Filter filter, List<FacetValue> values, int more, List<Kind> leavesOut) {
        public boolean isSelected() {
            return values.stream().anyMatch(FacetValue::selected);
        }
    }

    /** Every kind's group (counts for the kind facet); {@link #shown} are those whose hits the page lists. */
    public record Answer(Request request, List<Group> groups, UnderstoodQuery understood, List<FacetGroup> facets) {
        public long total() {
            return groups.stream().mapToLong(Group::total).sum();
        }

        public boolean nothingShown() {
            return shown().stream().allMatch(g -> g.total() == 0);
        }

        public List<Group> shown() {
            return groups.stream().filter(g -> request.kind() == null || request.kind() == g.kind()).toList();
        }
    }

    private final InitiativeSearch initiatives;
    private final Organisations organisations;
    private final Places places;
    private final PlaceNames placeNames;
    private final LearningEvents events;
    private final OutcomeHarvest outcomes;
    private final PracticeReads practices;
    private final Map<String, SearchableKind> others;
    private final Documents documents;
    private final QueryUnderstanding understanding;
    private final Highlights highlights;
    private final FacetLabels labels;
    private final SearchAnswers answers;

    PlatformSearch(InitiativeSearch initiatives, Organisations organisations, Places places, PlaceNames placeNames,
            LearningEvents events, OutcomeHarvest outcomes, PracticeReads practices, Documents documents,
            QueryUnderstanding understanding, Highlights highlights, FacetLabels labels, SearchAnswers answers,
            List<SearchableKind> others) {
        this.others = new HashMap<>();
        others.forEach(k -> this.others.put(k.code(), k));
        this.initiatives = initiatives;
        this.organisations = organisations;
        this.places = places;
        this.placeNames = placeNames;
        this.events = events;
        this.outcomes = outcomes;
        this.practices = practices;
        this.documents = documents;
        this.understanding = understanding;
        this.highlights = highlights;
        this.labels = labels;
        this.answers = answers;
    }

    /** The answer for the reader; an anonymous reader's may be one kept since the last change ({@link SearchAnswers}). */
    public Answer search(Request request, Optional<Editor> reader, Locale locale) {
        return reader.isEmpty() ? answers.anonymous(request, locale, () -> compute(request, reader, locale))
                : compute(request, reader, locale);
    }

    private Answer compute(Request request, Optional<Editor> reader, Locale locale) {
        UnderstoodQuery understood = request.q().isEmpty() ? UnderstoodQuery.none() : understanding.understand(request.q());
        // each kind's search reads the same words: they are understood once
        return understanding.reusing(understood, () -> compute(request, reader, locale, understood));
    }

    private Answer compute(Request request, Optional<Editor> reader, Locale locale, UnderstoodQuery understood) {
        String alternatives = understood.isEmpty() ? "" : understood.allAlternatives();
        List<Group> groups = new ArrayList<>();
        // per facet the counts of each kind that has it, summed only where two kinds share a facet (a 20,000-city
        // facet is not copied for nothing)
        Map<Filter, List<Map<String, Long>>> counts = new EnumMap<>(Filter.class);
        UnderstoodQuery shown = understood;
        for (Kind kind : Kind.values()) {
            if (!kind.filters.containsAll(request.filters().keySet())) {
                groups.add(new Group(kind, 0, List.of(), null));
                continue;
            }
            Found found = switch (kind) {
                case INITIATIVES -> initiatives(request, locale, alternatives);
                case ORGANISATIONS -> organisations(request);
                case CITIES -> cities(request, locale);
                case EVENTS -> events(request, alternatives);
                case OUTCOMES -> outcomes(request, reader, alternatives);
                case PRACTICES -> practices(request, reader, locale, alternatives);
                case DOCUMENTS -> documents(request, reader, locale);
                case PLEDGES, RECOMMENDATIONS -> other(kind, request, reader, locale, alternatives);
            };
            if (found.understood() != null && found.understood().corrected() && !shown.corrected()) {
                shown = found.understood();
            }
            // another kind than the one asked for: its count for the kind facet, not its hits nor its facet counts
            boolean shownKind = request.kind() == null || request.kind() == kind;
            groups.add(new Group(kind, found.total(), shownKind ? found.hits() : List.of(), allLink(kind, request)));
            if (shownKind) {
                for (Filter f : kind.filters) {
                    Map<String, Long> ofKind = found.counts().getOrDefault(f.parameter, Map.of());
                    if (!ofKind.isEmpty()) {
                        counts.computeIfAbsent(f, x -> new ArrayList<>()).add(ofKind);
                    }
                }
            }
        }
        return new Answer(request, groups, shown, facets(request, counts, locale));
    }

    /** Each facet some shown kind has: its values by count (ties by label), the top ones and those selected. */
    private List<FacetGroup> facets(Request request, Map<Filter, List<Map<String, Long>>> counts, Locale locale) {
        List<FacetGroup> facets = new ArrayList<>();
        for (Filter f : Filter.values()) {
            Map<String, Long> values = summed(counts.getOrDefault(f, List.of()));
            Set<String> selected = request.selected(f);
            if (!selected.isEmpty()) {
                values = new HashMap<>(values);
                for (String v : selected) {
                    values.putIfAbsent(v, 0L);
                }
            }
            if (values.isEmpty()) {
                continue;
            }
            List<Map.Entry<String, Long>> kept = request.expanded() == f ? values.entrySet().stream().sorted(MOST_FIRST).toList()
                    : topAndSelected(values, selected);
            Map<String, String> named = labels.of(f, kept.stream().map(Map.Entry::getKey).toList(), locale);
            List<FacetValue> shown = kept.stream().map(e -> new FacetValue(e.getKey(), named.get(e.getKey()), e.getValue(),
                    selected.contains(e.getKey()))).toList();
            if (f == Filter.YEAR) {
                shown = shown.stream().sorted(Comparator.comparing(FacetValue::value).reversed()).toList();
            }
            facets.add(new FacetGroup(f, shown, values.size() - kept.size(), f.leavesOut()));
        }
        return facets;
    }

    /** One kind's counts as they are; several kinds' summed. */
    private static Map<String, Long> summed(List<Map<String, Long>> ofKinds) {
        if (ofKinds.size() <= 1) {
            return ofKinds.isEmpty() ? Map.of() : ofKinds.get(0);
        }
        Map<String, Long> sum = new HashMap<>(ofKinds.get(0));
        ofKinds.subList(1, ofKinds.size()).forEach(m -> m.forEach((v, n) -> sum.merge(v, n, Long::sum)));
        return sum;
    }

    private static final Comparator<Map.Entry<String, Long>> MOST_FIRST = Map.Entry.<String, Long>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey());

    /**
     * The {@link #FACET_TOP} values with the most records, then the selected values beyond them, each part most first:
     * without sorting every value (initiatives alone give up to 20,000 cities).
     */
    private static List<Map.Entry<String, Long>> topAndSelected(Map<String, Long> values, Set<String> selected) {
        PriorityQueue<Map.Entry<String, Long>> top = new PriorityQueue<>(MOST_FIRST.reversed());
        for (Map.Entry<String, Long> e : values.entrySet()) {
            top.add(e);
            if (top.size() > FACET_TOP) {
                top.poll();
            }
        }
        List<Map.Entry<String, Long>> kept = new ArrayList<>(top);
        kept.sort(MOST_FIRST);
        Set<String> inTop = new HashSet<>();
        kept.forEach(e -> inTop.add(e.getKey()));
        selected.stream().filter(v -> !inTop.contains(v)).map(v -> Map.entry(v, values.getOrDefault(v, 0L)))
                .sorted(MOST_FIRST).forEach(kept::add);
        return kept;
    }

    private record Found(long total, List<SearchHit> hits, UnderstoodQuery understood, Map<String, Map<String, Long>> counts) {}

    private Found initiatives(Request r, Locale locale, String alternatives) {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        Map<Filter, Facet> facets = Map.of(Filter.THEME, Facet.THEME, Filter.COUNTRY, Facet.COUNTRY, Filter.CITY, Facet.CITY,
                Filter.NETWORK, Facet.NETWORK);
        facets.forEach((f, facet) -> {
            if (!r.selected(f).isEmpty()) {
                filters.put(facet, r.selected(f));
            }
        });
        SearchResult result = initiatives.search(new SearchQuery(r.q(), filters, 1, r.perKind())
                .counting(EnumSet.copyOf(facets.values())));
        String words = result.understood() == null || result.understood().isEmpty() ? alternatives : result.understood().allAlternatives();
        List<Initiative> shown = result.initiatives();
        List<List<SearchHit.Segment>> marked = highlights.texts(shown.stream().map(i -> i.summary(locale)).toList(), words);
        List<SearchHit> hits = new ArrayList<>();
        for (int k = 0; k < shown.size(); k++) {
            Initiative i = shown.get(k);
            hits.add(new SearchHit(Kind.INITIATIVES.code, i.id(), i.name(locale), "/initiatives/" + i.id(), marked.get(k)));
        }
        Map<String, Map<String, Long>> counts = new HashMap<>();
        facets.forEach((f, facet) -> {
            Map<String, Long> c = new HashMap<>();
            result.facetCounts().getOrDefault(facet, Map.of()).forEach((v, n) -> c.put(v, n.longValue()));
            counts.put(f.parameter, c);
        });
        return new Found(result.total(), hits, result.understood(), counts);
    }

    private Found organisations(Request r) {
        Organisations.Faceted found = organisations.searchFaceted(r.q(), r.byParameter(), r.perKind());
        List<SearchHit> hits = found.organisations().stream().map(o -> new SearchHit(Kind.ORGANISATIONS.code, o.id(),
                o.acronym() == null || o.acronym().isBlank() ? o.name() : o.name() + " (" + o.acronym() + ")",
                "/organisations/" + o.id(), List.of())).toList();
        return new Found(found.facets().total(), hits, null, found.facets().counts());
    }

    private Found cities(Request r, Locale locale) {
        if (r.q().isEmpty()) {
            return new Found(0, List.of(), null, Map.of()); // the whole gazetteer is no answer to an empty query
        }
        Places.Faceted found = places.searchFaceted(r.q(), r.byParameter(), r.perKind());
        List<SearchHit> hits = found.places().stream().map(p -> new SearchHit(Kind.CITIES.code, p.id(),
                placeNames.in(p, locale) + ", " + p.countryCode(), "/cities/" + p.id(), List.of())).toList();
        return new Found(found.facets().total(), hits, null, found.facets().counts());
    }

    private Found events(Request r, String alternatives) {
        LearningEvents.Faceted found = events.searchFaceted(r.q(), r.byParameter(), r.perKind());
        String words = found.understood().isEmpty() ? alternatives : found.understood().allAlternatives();
        List<List<SearchHit.Segment>> marked = words.isEmpty() ? null
                : highlights.texts(found.events().stream().map(e -> e.theme()).toList(), words);
        List<SearchHit> hits = new ArrayList<>();
        for (int k = 0; k < found.events().size(); k++) {
            var e = found.events().get(k);
            hits.add(new SearchHit(Kind.EVENTS.code, e.id(), e.theme() + (e.startsOn() == null ? "" : " (" + e.startsOn().getYear() + ")"),
                    "/events/" + e.id(), marked == null ? List.of() : marked.get(k)));
        }
        return new Found(found.facets().total(), hits, found.understood(), found.facets().counts());
    }

    private Found outcomes(Request r, Optional<Editor> reader, String alternatives) {
        OutcomeHarvest.Faceted found = outcomes.searchFaceted(r.q(), r.byParameter(), r.perKind(), reader);
        String words = found.understood().isEmpty() ? alternatives : found.understood().allAlternatives();
        List<String> descriptions = found.statements().stream().map(o -> o.description() == null ? "" : o.description()).toList();
        List<List<SearchHit.Segment>> marked = highlights.texts(descriptions, words);
        List<SearchHit> hits = new ArrayList<>();
        for (int k = 0; k < descriptions.size(); k++) {
            OutcomeStatement o = found.statements().get(k);
            String d = descriptions.get(k);
            hits.add(new SearchHit(Kind.OUTCOMES.code, o.id(), d.length() > 120 ? d.substring(0, 120) + "…" : d,
                    "/outcomes/" + o.id(), marked.get(k)));
        }
        return new Found(found.facets().total(), hits, found.understood(), found.facets().counts());
    }

    private Found practices(Request r, Optional<Editor> reader, Locale locale, String alternatives) {
        PracticeReads.Faceted found = practices.searchFaceted(r.q(), r.byParameter(), r.perKind(), reader);
        String words = found.understood().isEmpty() ? alternatives : found.understood().allAlternatives();
        List<List<SearchHit.Segment>> marked = highlights.texts(
                found.practices().stream().map(p -> p.section("problem", locale)).toList(), words);
        List<SearchHit> hits = new ArrayList<>();
        for (int k = 0; k < found.practices().size(); k++) {
            Practice p = found.practices().get(k);
            hits.add(new SearchHit(Kind.PRACTICES.code, p.id(), p.title(locale), "/practices/" + p.id(), marked.get(k)));
        }
        return new Found(found.facets().total(), hits, found.understood(), found.facets().counts());
    }

    /** A kind of another module; none when that module is absent. */
    private Found other(Kind kind, Request r, Optional<Editor> reader, Locale locale, String alternatives) {
        SearchableKind searchable = others.get(kind.code);
        if (searchable == null) {
            return new Found(0, List.of(), null, Map.of());
        }
        SearchableKind.Result found = searchable.search(r.q(), r.byParameter(), r.perKind(), reader, locale);
        String words = found.understood() == null || found.understood().isEmpty() ? alternatives
                : found.understood().allAlternatives();
        List<List<SearchHit.Segment>> marked = highlights.texts(found.hits().stream().map(SearchableKind.Hit::text).toList(),
                words);
        List<SearchHit> hits = new ArrayList<>();
        for (int k = 0; k < found.hits().size(); k++) {
            SearchableKind.Hit h = found.hits().get(k);
            hits.add(new SearchHit(kind.code, h.id(), h.title(), h.href(), marked.get(k)));
        }
        return new Found(found.total(), hits, found.understood(), found.counts());
    }

    private Found documents(Request r, Optional<Editor> reader, Locale locale) {
        Documents.Faceted found = documents.searchFaceted(r.q(), r.byParameter(), r.perKind(), reader);
        String words = found.understood().isEmpty() ? "" : found.understood().allAlternatives();
        List<Document> shown = found.documents();
        Map<Long, List<SearchHit.Segment>> passages = highlights.documentPassages(
                shown.stream().map(Document::id).filter(found.filesMatch()::contains).toList(), words);
        // the summary, marked, of a document whose files hold no passage with the words
        List<List<SearchHit.Segment>> summaries = highlights.texts(
                shown.stream().map(d -> passages.containsKey(d.id()) ? null : d.summary(locale)).toList(), words);
        List<SearchHit> hits = new ArrayList<>();
        for (int k = 0; k < shown.size(); k++) {
            Document d = shown.get(k);
            hits.add(new SearchHit(Kind.DOCUMENTS.code, d.id(), d.title(locale), "/documents/" + d.id(),
                    passages.containsKey(d.id()) ? passages.get(d.id()) : summaries.get(k)));
        }
        return new Found(found.facets().total(), hits, found.understood(), found.facets().counts());
    }

    /**
     * The kind's own list with the same words and the filters it reads; a filter with several values is passed only
     * to a list that reads several (the inventory's), the others show the wider list.
     */
    private static String allLink(Kind kind, Request r) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(kind.list);
        if (!r.q().isEmpty()) {
            b.queryParam("q", r.q());
        }
        r.filters().forEach((f, values) -> {
            if (kind.listFilters.contains(f) && (values.size() == 1 || kind == Kind.INITIATIVES)) {
                values.stream().sorted().forEach(v -> b.queryParam(f.parameter, v));
            }
        });
        return b.encode().build().toUriString();
    }
}
