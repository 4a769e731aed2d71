package org.crossroads.library.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.OrganisationQuery;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Place;
import org.crossroads.directory.PlaceNames;
import org.crossroads.directory.PlaceQuery;
import org.crossroads.directory.Places;
import org.crossroads.directory.ResultPage;
import org.crossroads.inventory.Initiative;
import org.crossroads.inventory.search.Facet;
import org.crossroads.inventory.search.InitiativeSearch;
import org.crossroads.inventory.search.SearchQuery;
import org.crossroads.inventory.search.SearchResult;
import org.crossroads.learning.EventQuery;
import org.crossroads.learning.LearningEvent;
import org.crossroads.learning.LearningEvents;
import org.crossroads.learning.OutcomeHarvest;
import org.crossroads.learning.OutcomeQuery;
import org.crossroads.learning.OutcomeStatement;
import org.crossroads.library.Document;
import org.crossroads.library.DocumentQuery;
import org.crossroads.library.Documents;
import org.crossroads.library.practices.Practice;
import org.crossroads.library.practices.PracticeQuery;
import org.crossroads.library.practices.PracticeReads;
import org.crossroads.shared.search.QueryUnderstanding;
import org.crossroads.shared.search.UnderstoodQuery;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One search over every kind of record (issue 11 §3): each kind is asked through its own module's public search,
 * which applies the reader's access (members-only documents, Chatham House outcomes and documents, unpublished
 * records), so that a count or a hit here is never more than the kind's own list would show the same reader. A
 * filter a kind does not have (a document language for cities) leaves that kind out rather than ignoring it.
 */
@Service
public class PlatformSearch {

    /** The kinds, in the order the page shows them, with the filters each understands. */
    public enum Kind {
        INITIATIVES("initiatives", "/initiatives", Set.of(Filter.THEME, Filter.COUNTRY)),
        ORGANISATIONS("organisations", "/organisations", Set.of()),
        CITIES("cities", "/cities", Set.of(Filter.COUNTRY)),
        EVENTS("events", "/events", Set.of(Filter.YEAR)),
        OUTCOMES("outcomes", "/outcomes", Set.of()),
        PRACTICES("practices", "/practices", Set.of(Filter.THEME, Filter.COUNTRY)),
        DOCUMENTS("documents", "/library", Set.of(Filter.THEME, Filter.COUNTRY, Filter.YEAR, Filter.LANGUAGE));

        public final String code;
        final String list;
        final Set<Filter> filters;

        Kind(String code, String list, Set<Filter> filters) {
            this.code = code;
            this.list = list;
            this.filters = filters;
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

    public enum Filter {
        THEME("theme"), COUNTRY("country"), YEAR("year"), LANGUAGE("language");

        public final String parameter;

        Filter(String parameter) {
            this.parameter = parameter;
        }
    }

    /** What was asked: the words, one kind or all (null), the filters set, how many hits per kind. */
    public record Request(String q, Kind kind, Map<Filter, String> filters, int perKind) {
        public Request {
            q = q == null ? "" : q.strip();
            filters = filters == null ? Map.of() : Map.copyOf(filters);
        }

        String filter(Filter f) {
            return filters.get(f);
        }
    }

    /** One kind's part of the answer: how many the reader may see, the first few, and the kind's own list. */
    public record Group(Kind kind, long total, List<SearchHit> hits, String allLink) {}

    /** Every kind's group (counts for the kind facet); {@link #shown} are those whose hits the page lists. */
    public record Answer(Request request, List<Group> groups, UnderstoodQuery understood) {
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
    private final Documents documents;
    private final QueryUnderstanding understanding;
    private final Highlights highlights;

    PlatformSearch(InitiativeSearch initiatives, Organisations organisations, Places places, PlaceNames placeNames,
            LearningEvents events, OutcomeHarvest outcomes, PracticeReads practices, Documents documents,
            QueryUnderstanding understanding, Highlights highlights) {
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
    }

    public Answer search(Request request, Optional<Editor> reader, Locale locale) {
        UnderstoodQuery understood = request.q().isEmpty() ? UnderstoodQuery.none() : understanding.understand(request.q());
        String alternatives = understood.isEmpty() ? "" : understood.allAlternatives();
        List<Group> groups = new ArrayList<>();
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
                case EVENTS -> events(request);
                case OUTCOMES -> outcomes(request, reader, alternatives);
                case PRACTICES -> practices(request, reader, locale, alternatives);
                case DOCUMENTS -> documents(request, reader, locale);
            };
            if (found.understood() != null && found.understood().corrected() && !shown.corrected()) {
                shown = found.understood();
            }
            // another kind than the one asked for: its count for the kind facet, not its hits
            boolean shownKind = request.kind() == null || request.kind() == kind;
            groups.add(new Group(kind, found.total(), shownKind ? found.hits() : List.of(), allLink(kind, request)));
        }
        return new Answer(request, groups, shown);
    }

    private record Found(long total, List<SearchHit> hits, UnderstoodQuery understood) {}

    private Found initiatives(Request r, Locale locale, String alternatives) {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        if (r.filter(Filter.THEME) != null) {
            filters.put(Facet.THEME, Set.of(r.filter(Filter.THEME)));
        }
        if (r.filter(Filter.COUNTRY) != null) {
            filters.put(Facet.COUNTRY, Set.of(r.filter(Filter.COUNTRY)));
        }
        SearchResult result = initiatives.search(new SearchQuery(r.q(), filters, 1, r.perKind()));
        String words = result.understood() == null || result.understood().isEmpty() ? alternatives : result.understood().allAlternatives();
        List<SearchHit> hits = new ArrayList<>();
        for (Initiative i : result.initiatives()) {
            hits.add(new SearchHit(Kind.INITIATIVES.code, i.id(), i.name(locale), "/initiatives/" + i.id(),
                    highlights.text(i.summary(locale), words)));
        }
        return new Found(result.total(), hits, result.understood());
    }

    private Found organisations(Request r) {
        ResultPage<Organisation> page = organisations.list(new OrganisationQuery(r.q(), "", 0, r.perKind()));
        List<SearchHit> hits = page.items().stream().map(o -> new SearchHit(Kind.ORGANISATIONS.code, o.id(),
                o.acronym() == null || o.acronym().isBlank() ? o.name() : o.name() + " (" + o.acronym() + ")",
                "/organisations/" + o.id(), List.of())).toList();
        return new Found(page.total(), hits, null);
    }

    private Found cities(Request r, Locale locale) {
        if (r.q().isEmpty()) {
            return new Found(0, List.of(), null); // the whole gazetteer is no answer to an empty query
        }
        String country = r.filter(Filter.COUNTRY) == null ? "" : r.filter(Filter.COUNTRY);
        ResultPage<Place> page = places.list(new PlaceQuery(r.q(), country, "", "", "", 0, r.perKind()));
        List<SearchHit> hits = page.items().stream().map(p -> new SearchHit(Kind.CITIES.code, p.id(),
                placeNames.in(p, locale) + ", " + p.countryCode(), "/cities/" + p.id(), List.of())).toList();
        return new Found(page.total(), hits, null);
    }

    private Found events(Request r) {
        Integer year = r.filter(Filter.YEAR) == null ? null : Integer.valueOf(r.filter(Filter.YEAR));
        ResultPage<LearningEvent> page = events.search(new EventQuery(r.q(), null, null, year, 0, r.perKind()));
        List<SearchHit> hits = page.items().stream().map(e -> new SearchHit(Kind.EVENTS.code, e.id(),
                e.theme() + (e.startsOn() == null ? "" : " (" + e.startsOn().getYear() + ")"), "/events/" + e.id(),
                List.of())).toList();
        return new Found(page.total(), hits, null);
    }

    private Found outcomes(Request r, Optional<Editor> reader, String alternatives) {
        ResultPage<OutcomeStatement> page = outcomes.search(
                new OutcomeQuery(null, null, null, null, null, null, null, r.q(), 0, r.perKind()), reader);
        List<SearchHit> hits = new ArrayList<>();
        for (OutcomeStatement o : page.items()) {
            String d = o.description() == null ? "" : o.description();
            hits.add(new SearchHit(Kind.OUTCOMES.code, o.id(), d.length() > 120 ? d.substring(0, 120) + "…" : d,
                    "/outcomes/" + o.id(), highlights.text(d, alternatives)));
        }
        return new Found(page.total(), hits, null);
    }

    private Found practices(Request r, Optional<Editor> reader, Locale locale, String alternatives) {
        PracticeReads.Found found = practices.searchUnderstood(new PracticeQuery(r.filter(Filter.THEME),
                r.filter(Filter.COUNTRY), null, null, null, r.q()), reader);
        String words = found.understood().isEmpty() ? alternatives : found.understood().allAlternatives();
        List<SearchHit> hits = new ArrayList<>();
        for (Practice p : found.practices().stream().limit(r.perKind()).toList()) {
            hits.add(new SearchHit(Kind.PRACTICES.code, p.id(), p.title(locale), "/practices/" + p.id(),
                    highlights.text(p.section("problem", locale), words)));
        }
        return new Found(found.practices().size(), hits, found.understood());
    }

    private Found documents(Request r, Optional<Editor> reader, Locale locale) {
        Integer year = r.filter(Filter.YEAR) == null ? null : Integer.valueOf(r.filter(Filter.YEAR));
        Documents.Found found = documents.search(new DocumentQuery(null, r.filter(Filter.THEME), r.filter(Filter.COUNTRY),
                null, null, year, r.filter(Filter.LANGUAGE), null, r.q(), 1, r.perKind()), reader);
        String words = found.understood().isEmpty() ? "" : found.understood().allAlternatives();
        List<Document> shown = found.page().items();
        Map<Long, List<SearchHit.Segment>> passages = highlights.documentPassages(shown.stream().map(Document::id).toList(), words);
        List<SearchHit> hits = new ArrayList<>();
        for (Document d : shown) {
            List<SearchHit.Segment> passage = passages.containsKey(d.id()) ? passages.get(d.id())
                    : highlights.text(d.summary(locale), words);
            hits.add(new SearchHit(Kind.DOCUMENTS.code, d.id(), d.title(locale), "/documents/" + d.id(), passage));
        }
        return new Found(found.page().total(), hits, found.understood());
    }

    /** The kind's own list with the same words and the filters it understands. */
    private static String allLink(Kind kind, Request r) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(kind.list);
        if (!r.q().isEmpty()) {
            b.queryParam("q", r.q());
        }
        Map<Filter, String> kept = new LinkedHashMap<>();
        r.filters().forEach((f, v) -> {
            if (kind.filters.contains(f)) {
                kept.put(f, v);
            }
        });
        kept.forEach((f, v) -> b.queryParam(f.parameter, v));
        return b.encode().build().toUriString();
    }
}
