package org.crossroads.library.practices;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.inventory.Initiative;
import org.crossroads.inventory.Initiatives;
import org.crossroads.learning.events.LearningEvent;
import org.crossroads.learning.events.LearningEvents;
import org.crossroads.learning.outcomes.OutcomeHarvest;
import org.crossroads.learning.outcomes.OutcomeStatement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Drafts for the practice form: a stored practice as references an editor can read, and a new practice pre-filled
 * from the record it is proposed from ({@code initiative:ID}, {@code outcome:ID}, {@code event:ID}, as the reader
 * may see that record; an outcome under the Chatham House rule gives no source).
 */
@Component
public class PracticeDrafts {

    private final Places places;
    private final Initiatives initiatives;
    private final LearningEvents events;
    private final OutcomeHarvest outcomes;
    private final JdbcClient jdbc;

    PracticeDrafts(Places places, Initiatives initiatives, LearningEvents events, OutcomeHarvest outcomes, JdbcClient jdbc) {
        this.places = places;
        this.initiatives = initiatives;
        this.events = events;
        this.outcomes = outcomes;
        this.jdbc = jdbc;
    }

    public PracticeDraft of(Practice p) {
        Map<Long, Place> cities = places.findAll(allPlaces(p));
        List<PracticeDraft.TransferDraft> transfers = p.transfers().stream()
                .map(t -> new PracticeDraft.TransferDraft(reference(cities.get(t.toPlaceId())),
                        t.year() == null ? null : String.valueOf(t.year()), t.whatChanged(), t.source())).toList();
        List<String> initiativeRefs = initiatives.findAll(p.initiativeIds()).stream()
                .map(i -> i.externalId() != null ? i.externalId() : String.valueOf(i.id())).toList();
        List<String> eventRefs = events.findAll(p.eventIds()).values().stream()
                .map(e -> e.externalId() != null ? e.externalId() : String.valueOf(e.id())).toList();
        List<String> documentRefs = p.documentIds().stream().map(id -> jdbc.sql("select external_id from document where id = :id")
                .param("id", id).query(String.class).optional().orElse(String.valueOf(id))).toList();
        return new PracticeDraft(p.language(), p.title(), p.translations(), p.variantNames(),
                p.placeId() == null ? null : reference(cities.get(p.placeId())),
                p.furtherPlaceIds().stream().map(id -> reference(cities.get(id))).toList(), p.countryCodes(), p.themes(),
                p.sizeClass(), p.routeRole(), p.sections(), p.contacts(), p.sources(), initiativeRefs, eventRefs,
                documentRefs, transfers, p.provenance(), dataValueRefs(p));
    }

    private List<PracticeDraft.DataValueDraft> dataValueRefs(Practice p) {
        Map<Long, Place> cities = places.findAll(p.dataValues().stream().map(Practice.DataValue::placeId).toList());
        return p.dataValues().stream().map(v -> new PracticeDraft.DataValueDraft(v.indicator(),
                cities.containsKey(v.placeId()) ? reference(cities.get(v.placeId())) : String.valueOf(v.placeId()),
                String.valueOf(v.year()))).toList();
    }

    /** A draft from {@code initiative:ID}, {@code outcome:ID} or {@code event:ID}; empty when unknown or not visible. */
    public Optional<PracticeDraft> from(String origin, String language, Optional<Editor> reader) {
        if (origin == null || !origin.matches("(initiative|outcome|event):\\d{1,18}")) {
            return Optional.empty();
        }
        String[] parts = origin.split(":");
        long id = Long.parseLong(parts[1]);
        return switch (parts[0]) {
            case "initiative" -> initiatives.find(id).filter(Initiative::isPublished).map(i -> fromInitiative(i, language));
            case "outcome" -> outcomes.find(id, reader).filter(OutcomeStatement::isValidated).map(o -> fromOutcome(o, language));
            default -> events.find(id).map(e -> fromEvent(e, language));
        };
    }

    private PracticeDraft fromInitiative(Initiative i, String language) {
        Map<Long, Place> cities = places.findAll(i.placeIds());
        List<String> refs = i.placeIds().stream().map(id -> reference(cities.get(id))).toList();
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("approach", i.summary());
        return new PracticeDraft(language, i.name(), null, null, refs.isEmpty() ? null : refs.get(0),
                refs.size() > 1 ? refs.subList(1, refs.size()) : List.of(), i.countryCodes(), i.themes(), null, null,
                sections, null, i.source() == null ? List.of() : List.of(new Practice.Source(i.source(), i.summary())),
                List.of(i.externalId() != null ? i.externalId() : String.valueOf(i.id())), null, null, null,
                "Proposed from the initiative \"" + i.name() + "\" (/initiatives/" + i.id() + ")");
    }

    private PracticeDraft fromOutcome(OutcomeStatement o, String language) {
        Map<String, String> sections = new LinkedHashMap<>();
        List<PracticeDraft.TransferDraft> transfers = new ArrayList<>();
        String city;
        if (o.inspiredByPlaceId() != null) {
            // the outcome is a transfer: the practice is the inspiring city's, and the outcome's city adapted it
            city = reference(places.find(o.inspiredByPlaceId()).orElse(null));
            transfers.add(new PracticeDraft.TransferDraft(reference(o.placeId() == null ? null : places.find(o.placeId()).orElse(null)),
                    o.observedOn() == null ? null : String.valueOf(o.observedOn().getYear()), o.description(),
                    o.attribution().hidden() ? null : o.attribution().source()));
            sections.put("results", o.significance());
        } else {
            city = reference(o.placeId() == null ? null : places.find(o.placeId()).orElse(null));
            sections.put("results", o.description() + (o.significance() == null ? "" : "\n\n" + o.significance()));
        }
        List<Practice.Source> sources = o.attribution().hidden() || o.attribution().source() == null ? List.of()
                : List.of(new Practice.Source(o.attribution().source(), o.evidence()));
        List<String> eventRefs = events.findAll(o.eventIds()).values().stream()
                .map(e -> e.externalId() != null ? e.externalId() : String.valueOf(e.id())).toList();
        List<String> initiativeRefs = o.inspiredByInitiativeId() == null ? List.of()
                : initiatives.find(o.inspiredByInitiativeId()).filter(Initiative::isPublished)
                        .map(i -> List.of(i.externalId() != null ? i.externalId() : String.valueOf(i.id()))).orElse(List.of());
        String title = o.inspiredByPractice() != null ? o.inspiredByPractice() : o.description();
        return new PracticeDraft(language, title.length() > 300 ? title.substring(0, 299) + "…" : title, null, null, city,
                null, null, null, null, null, sections, null, sources, initiativeRefs, eventRefs, null, transfers,
                "Proposed from the outcome statement /outcomes/" + o.id());
    }

    private PracticeDraft fromEvent(LearningEvent e, String language) {
        Map<String, String> sections = new LinkedHashMap<>();
        List<Practice.Source> sources = new ArrayList<>();
        if (e.learningReport() != null && !e.learningReport().isBlank()) {
            String report = e.learningReport().strip();
            sources.add(new Practice.Source("Learning report of the peer-learning event \"" + e.theme() + "\""
                    + (e.startsOn() == null ? "" : " (" + e.startsOn().getYear() + ")"),
                    report.length() > 10_000 ? report.substring(0, 9_999) + "…" : report));
        }
        // the learning reports of the library that belong to the event
        List<String> documents = jdbc.sql("""
                select d.external_id from document d join document_link l on l.document_id = d.id
                where l.record = 'event' and l.record_id = :id and d.type = 'learning_report' and d.publication = 'published'
                  and d.access = 'public' order by d.id""").param("id", e.id()).query(String.class).list();
        return new PracticeDraft(language, e.theme(), null, null,
                e.hostPlaceId() == null ? null : reference(places.find(e.hostPlaceId()).orElse(null)), null, null, null, null,
                null, sections, null, sources, null, List.of(e.externalId() != null ? e.externalId() : String.valueOf(e.id())),
                documents, null, "Proposed from the learning report of the event /events/" + e.id());
    }

    private static List<Long> allPlaces(Practice p) {
        List<Long> ids = new ArrayList<>(p.placeIds());
        p.transfers().forEach(t -> ids.add(t.toPlaceId()));
        return ids;
    }

    /** "Name, CC" as people write it; the gazetteer id when that name would find another place first. */
    private String reference(Place p) {
        if (p == null) {
            return null;
        }
        String named = p.name() + ", " + p.countryCode();
        return places.resolve(named).map(Place::id).filter(id -> id == p.id()).isPresent() ? named : p.reference();
    }
}
