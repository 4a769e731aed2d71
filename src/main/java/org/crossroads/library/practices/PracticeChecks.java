package org.crossroads.library.practices;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.crossroads.data.DataCatalogue;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.inventory.Initiative;
import org.crossroads.inventory.Initiatives;
import org.crossroads.learning.events.LearningEvent;
import org.crossroads.learning.events.LearningEvents;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks a {@link PracticeDraft} field by field and resolves its references (cities, initiatives, events,
 * documents), naming every bad field at once. A document not (yet) in the library is an error for an editor; the
 * built-in dataset passes a {@code skippedDocument} callback instead, as documents load from their own file.
 */
@Component
class PracticeChecks {

    static final int MAX_TITLE = 300;
    static final int MAX_SECTION = 10_000;
    static final int MAX_SHORT = 2_000;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final Places places;
    private final Initiatives initiatives;
    private final LearningEvents events;
    private final Vocabularies vocabularies;
    private final JdbcClient jdbc;
    private final DataCatalogue catalogue;

    PracticeChecks(Places places, Initiatives initiatives, LearningEvents events, Vocabularies vocabularies, JdbcClient jdbc,
            DataCatalogue catalogue) {
        this.catalogue = catalogue;
        this.places = places;
        this.initiatives = initiatives;
        this.events = events;
        this.vocabularies = vocabularies;
        this.jdbc = jdbc;
    }

    /**
     * The practice the draft describes, as proposed (the caller sets publication and provenance).
     *
     * @throws InvalidEntryException naming every bad field
     */
    Practice check(PracticeDraft d, Consumer<String> skippedDocument) {
        List<FieldError> errors = new ArrayList<>();
        String language = d.language() == null ? "" : d.language().strip();
        if (!language.matches("[a-z]{2}")) {
            errors.add(FieldError.of("language", "practices.error.language", language));
        }
        String title = text(errors, "title", d.title(), MAX_TITLE, true);
        Optional<Place> city = places.resolve(d.city());
        boolean noCity = d.city() == null || d.city().isBlank();
        if (!noCity && city.isEmpty()) {
            errors.add(FieldError.of("city", "practices.error.unknownCity", d.city().strip()));
        }
        List<Long> further = new ArrayList<>();
        for (String ref : d.furtherCities()) {
            places.resolve(ref).ifPresentOrElse(p -> {
                if (!further.contains(p.id()) && city.map(c -> c.id() != p.id()).orElse(true)) {
                    further.add(p.id());
                }
            }, () -> errors.add(FieldError.of("further_cities", "practices.error.unknownCity", ref.strip())));
        }
        Set<String> countries = new LinkedHashSet<>();
        for (String c : d.countries()) {
            String code = c.strip().toUpperCase(Locale.ROOT);
            if (COUNTRIES.contains(code)) {
                countries.add(code);
            } else {
                errors.add(FieldError.of("countries", "practices.error.unknownCountry", c.strip()));
            }
        }
        if (noCity && countries.isEmpty()) {
            // a practice is a city's, or a region's, a province's or a country's (then its countries say where)
            errors.add(FieldError.of("city", "practices.error.cityOrCountry"));
            if (errors.stream().noneMatch(e -> e.field().equals("countries"))) {
                errors.add(FieldError.of("countries", "practices.error.cityOrCountry"));
            }
        }
        // the cities' countries belong to the practice whether or not the editor repeats them
        city.ifPresent(p -> countries.add(p.countryCode()));
        places.findAll(further).values().forEach(p -> countries.add(p.countryCode()));
        List<String> themes = new ArrayList<>();
        for (String t : d.themes()) {
            vocabularies.match(Vocabularies.THEME, t).ifPresentOrElse(themes::add,
                    () -> errors.add(FieldError.of("themes", "practices.error.unknownCode", t.strip(),
                            vocabularies.accepted(Vocabularies.THEME, Locale.ENGLISH))));
        }
        if (themes.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("themes"))) {
            errors.add(FieldError.of("themes", "practices.error.required"));
        }
        String sizeClass = code(errors, "size_class", Vocabularies.SIZE_CLASS, d.sizeClass());
        if ("unknown".equals(sizeClass)) {
            sizeClass = null; // "not known" is what an empty field says
        }
        String routeRole = code(errors, "route_role", Vocabularies.CITY_ROLE, d.routeRole());
        Map<String, String> sections = new LinkedHashMap<>();
        for (String s : Practice.SECTIONS) {
            String value = text(errors, s, d.sections().get(s), MAX_SECTION, false);
            if (value != null) {
                sections.put(s, value);
            }
        }
        List<String> variants = new ArrayList<>();
        for (String v : d.variantNames()) {
            String name = text(errors, "variant_names", v, MAX_TITLE, false);
            if (name != null && !name.equals(title) && !variants.contains(name)) {
                variants.add(name);
            }
        }
        Map<String, Map<String, String>> translations = translations(errors, language, d.translations());
        List<Practice.Contact> contacts = new ArrayList<>();
        for (Practice.Contact c : d.contacts()) {
            String office = text(errors, "contacts", c.office(), MAX_SHORT, false);
            if (office != null) {
                contacts.add(new Practice.Contact(office, c.consent()));
            }
        }
        List<Practice.Source> sources = new ArrayList<>();
        for (Practice.Source s : d.sources()) {
            String citation = text(errors, "sources", s.citation(), MAX_SHORT, false);
            String passage = text(errors, "sources", s.passage(), MAX_SECTION, false);
            if (citation == null && passage != null) {
                errors.add(FieldError.of("sources", "practices.error.passageWithoutCitation"));
            } else if (citation != null) {
                sources.add(new Practice.Source(citation, passage));
            }
        }
        List<Long> initiativeIds = references(errors, "initiatives", d.initiatives(), ref -> initiative(ref).map(Initiative::id));
        List<Long> eventIds = references(errors, "events", d.events(), ref -> event(ref).map(LearningEvent::id));
        List<Long> documentIds = new ArrayList<>();
        for (String ref : d.documents()) {
            document(ref).ifPresentOrElse(id -> {
                if (!documentIds.contains(id)) {
                    documentIds.add(id);
                }
            }, () -> {
                if (skippedDocument == null) {
                    errors.add(FieldError.of("documents", "practices.error.unknownDocument", ref.strip()));
                } else {
                    skippedDocument.accept(ref.strip());
                }
            });
        }
        List<Practice.Transfer> transfers = transfers(errors, d.transfers(), city.map(Place::id).orElse(null));
        List<Practice.DataValue> dataValues = dataValues(errors, d.dataValues());
        text(errors, "provenance", d.provenance(), MAX_SHORT, false);
        if (!errors.isEmpty()) {
            throw new InvalidEntryException(errors);
        }
        return new Practice(0, null, language, title, translations, variants, city.map(Place::id).orElse(null), further,
                List.copyOf(countries), themes, sizeClass, routeRole, sections, contacts, sources, initiativeIds, eventIds,
                documentIds, transfers, Practice.PROPOSED, d.provenance(), null, null, null, null, 0, dataValues);
    }

    /** Each data value names an indicator of the catalogue, a known place and a year; repeats are dropped. */
    private List<Practice.DataValue> dataValues(List<FieldError> errors, List<PracticeDraft.DataValueDraft> drafts) {
        List<Practice.DataValue> values = new ArrayList<>();
        for (PracticeDraft.DataValueDraft v : drafts) {
            if (blank(v.indicator()) && blank(v.place()) && blank(v.year())) {
                continue;
            }
            String line = (blank(v.indicator()) ? "" : v.indicator().strip()) + "; " + (blank(v.place()) ? "" : v.place().strip())
                    + "; " + (blank(v.year()) ? "" : v.year().strip());
            if (blank(v.indicator()) || blank(v.place()) || blank(v.year())) {
                errors.add(FieldError.of("data_values", "practices.error.dataValueIncomplete", line));
                continue;
            }
            var indicator = catalogue.indicator(v.indicator().strip());
            if (indicator.isEmpty()) {
                errors.add(FieldError.of("data_values", "practices.error.unknownIndicator", v.indicator().strip()));
                continue;
            }
            Optional<Place> place = v.place().strip().matches("\\d+") ? places.find(Long.parseLong(v.place().strip()))
                    : places.resolve(v.place());
            if (place.isEmpty()) {
                errors.add(FieldError.of("data_values", "practices.error.unknownCity", v.place().strip()));
                continue;
            }
            if (!v.year().strip().matches("\\d{4}") || Integer.parseInt(v.year().strip()) < 1900
                    || Integer.parseInt(v.year().strip()) > 2100) {
                errors.add(FieldError.of("data_values", "practices.error.dataValueYear", v.year().strip()));
                continue;
            }
            Practice.DataValue value = new Practice.DataValue(indicator.get().code(), place.get().id(),
                    Integer.parseInt(v.year().strip()));
            if (!values.contains(value)) {
                values.add(value);
            }
        }
        return values;
    }

    private List<Practice.Transfer> transfers(List<FieldError> errors, List<PracticeDraft.TransferDraft> drafts, Long from) {
        List<Practice.Transfer> transfers = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (PracticeDraft.TransferDraft t : drafts) {
            if (blank(t.toCity()) && blank(t.year()) && blank(t.whatChanged()) && blank(t.source())) {
                continue; // an empty row of the form
            }
            Optional<Place> to = places.resolve(t.toCity());
            if (to.isEmpty()) {
                errors.add(FieldError.of("transfers", blank(t.toCity()) ? "practices.error.transferCityRequired"
                        : "practices.error.unknownCity", blank(t.toCity()) ? "" : t.toCity().strip()));
                continue;
            }
            if (from != null && to.get().id() == from.longValue()) {
                errors.add(FieldError.of("transfers", "practices.error.transferToItself", t.toCity().strip()));
                continue;
            }
            if (!seen.add(to.get().id())) {
                errors.add(FieldError.of("transfers", "practices.error.transferTwice", t.toCity().strip()));
                continue;
            }
            Integer year = null;
            if (!blank(t.year())) {
                try {
                    year = Integer.valueOf(t.year().strip());
                } catch (NumberFormatException e) {
                    year = -1;
                }
                if (year < 1900 || year > 2100) {
                    errors.add(FieldError.of("transfers", "practices.error.transferYear", t.year().strip()));
                    continue;
                }
            }
            transfers.add(new Practice.Transfer(to.get().id(), year, text(errors, "transfers", t.whatChanged(), 5000, false),
                    text(errors, "transfers", t.source(), MAX_SHORT, false)));
        }
        return transfers;
    }

    private Map<String, Map<String, String>> translations(List<FieldError> errors, String language,
            Map<String, Map<String, String>> given) {
        Map<String, Map<String, String>> translations = new LinkedHashMap<>();
        given.forEach((lang, fields) -> {
            if (!lang.matches("[a-z]{2}")) {
                errors.add(FieldError.of("translations", "practices.error.language", lang));
                return;
            }
            if (lang.equals(language)) {
                return; // the original is not its own translation
            }
            Map<String, String> kept = new LinkedHashMap<>();
            fields.forEach((field, value) -> {
                if (!field.equals("title") && !Practice.SECTIONS.contains(field)) {
                    errors.add(FieldError.of("translations", "practices.error.translationField", field));
                    return;
                }
                String v = text(errors, "translations", value, field.equals("title") ? MAX_TITLE : MAX_SECTION, false);
                if (v != null) {
                    kept.put(field, v);
                }
            });
            if (!kept.isEmpty()) {
                translations.put(lang, kept);
            }
        });
        return translations;
    }

    private String code(List<FieldError> errors, String field, String vocabulary, String value) {
        if (blank(value)) {
            return null;
        }
        Optional<String> code = vocabularies.match(vocabulary, value);
        if (code.isEmpty()) {
            errors.add(FieldError.of(field, "practices.error.unknownCode", value.strip(),
                    vocabularies.accepted(vocabulary, Locale.ENGLISH)));
        }
        return code.orElse(null);
    }

    private static String text(List<FieldError> errors, String field, String value, int max, boolean required) {
        if (blank(value)) {
            if (required) {
                errors.add(FieldError.of(field, "practices.error.required"));
            }
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            errors.add(FieldError.of(field, "practices.error.tooLong", max));
        }
        return v;
    }

    private static List<Long> references(List<FieldError> errors, String field, List<String> refs,
            java.util.function.Function<String, Optional<Long>> resolve) {
        List<Long> ids = new ArrayList<>();
        for (String ref : refs) {
            resolve.apply(ref.strip()).ifPresentOrElse(id -> {
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }, () -> errors.add(FieldError.of(field, "practices.error.unknown_" + field, ref.strip())));
        }
        return ids;
    }

    /** An initiative by number or external id; proposals are not evidence. */
    Optional<Initiative> initiative(String ref) {
        Optional<Initiative> found = ref.matches("\\d{1,18}") ? initiatives.find(Long.parseLong(ref))
                : initiatives.findByExternalId(ref);
        return found.filter(Initiative::isPublished);
    }

    Optional<LearningEvent> event(String ref) {
        return ref.matches("\\d{1,18}") ? events.find(Long.parseLong(ref)) : events.findByExternalId(ref);
    }

    /** A published document of the library by number or external id. */
    Optional<Long> document(String ref) {
        String r = ref.strip();
        return jdbc.sql("select id from document where publication = 'published' and "
                        + (r.matches("\\d{1,18}") ? "id = cast(:r as bigint)" : "external_id = :r"))
                .param("r", r).query(Long.class).optional();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
