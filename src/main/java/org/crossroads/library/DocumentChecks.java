package org.crossroads.library;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Places;
import org.crossroads.inventory.Initiative;
import org.crossroads.inventory.Initiatives;
import org.crossroads.learning.events.LearningEvent;
import org.crossroads.learning.events.LearningEvents;
import org.crossroads.learning.outcomes.OutcomeHarvest;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Checks a {@link DocumentDraft} field by field (fields named as the form's, the import's columns and the API's) and
 * resolves its references to the directory, the inventory and the learning records: every problem is reported at
 * once, naming the field, the value and the reason.
 */
@Component
class DocumentChecks {

    static final int TITLE_MAX = 500;
    static final int SUMMARY_MAX = 10_000;
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private final Vocabularies vocabularies;
    private final Places places;
    private final Organisations organisations;
    private final Initiatives initiatives;
    private final LearningEvents events;
    private final OutcomeHarvest outcomes;

    DocumentChecks(Vocabularies vocabularies, Places places, Organisations organisations, Initiatives initiatives,
            LearningEvents events, OutcomeHarvest outcomes) {
        this.vocabularies = vocabularies;
        this.places = places;
        this.organisations = organisations;
        this.initiatives = initiatives;
        this.events = events;
        this.outcomes = outcomes;
    }

    /** A draft that passed every check, its references resolved to ids. */
    record Checked(String externalId, String type, String language, String title, String summary,
            Map<String, Map<String, String>> translations, Integer year, LocalDate publishedOn, String precision,
            List<String> languages, List<String> themes, List<String> countries, List<Document.Author> authors,
            List<Document.Party> parties, List<Long> placeIds, List<Document.Link> links, String licence,
            String sourceUrl, String access, String source) {}

    /** @throws InvalidEntryException naming every bad field */
    Checked check(DocumentDraft d) {
        List<FieldError> errors = new ArrayList<>();
        String externalId = text(errors, "external_id", d.externalId(), false, 120);
        if (externalId != null && !externalId.matches("doc:[a-z0-9][a-z0-9._-]*")) {
            errors.add(FieldError.of("external_id", "library.error.externalId", externalId));
        }
        String type = oneOf(errors, "type", d.type(), Document.TYPES, null);
        String language = language(errors, "language", d.language(), true);
        String title = text(errors, "title", d.title(), true, TITLE_MAX);
        String summary = text(errors, "summary", d.summary(), false, SUMMARY_MAX);
        Map<String, Map<String, String>> translations = translations(errors, d.translations(), language);
        Integer year = year(errors, d.year());
        LocalDate publishedOn = null;
        String precision = "day";
        String date = blank(d.publishedOn()) ? null : d.publishedOn().strip();
        if (date != null) {
            try {
                if (date.matches("\\d{4}-\\d{2}")) {
                    publishedOn = YearMonth.parse(date).atDay(1);
                    precision = "month";
                } else {
                    publishedOn = LocalDate.parse(date);
                }
            } catch (DateTimeParseException e) {
                errors.add(FieldError.of("published_on", "library.error.date", date));
            }
        }
        if (publishedOn != null && year != null && publishedOn.getYear() != year) {
            errors.add(FieldError.of("published_on", "library.error.dateYear", date, year));
        }
        if (publishedOn != null && year == null) {
            year = publishedOn.getYear();
        }
        List<String> languages = new ArrayList<>();
        for (String l : d.languages()) {
            String code = language(errors, "languages", l, false);
            if (code != null && !languages.contains(code)) {
                languages.add(code);
            }
        }
        List<String> themes = new ArrayList<>();
        for (String t : d.themes()) {
            if (!vocabularies.contains(Vocabularies.THEME, t)) {
                errors.add(FieldError.of("themes", "library.error.unknownCode", t,
                        vocabularies.accepted(Vocabularies.THEME, LocaleContextHolder.getLocale())));
            } else if (!themes.contains(t)) {
                themes.add(t);
            }
        }
        Set<String> countries = new LinkedHashSet<>();
        for (String c : d.countries()) {
            String code = c.toUpperCase(Locale.ROOT);
            if (ISO_COUNTRIES.contains(code)) {
                countries.add(code);
            } else {
                errors.add(FieldError.of("countries", "library.error.country", c));
            }
        }
        List<Long> placeIds = new ArrayList<>();
        for (String city : d.cities()) {
            places.resolve(city).ifPresentOrElse(p -> {
                if (!placeIds.contains(p.id())) {
                    placeIds.add(p.id());
                    countries.add(p.countryCode());
                }
            }, () -> errors.add(FieldError.of("cities", "library.error.unknownCity", city)));
        }
        List<Document.Author> authors = new ArrayList<>();
        for (String name : d.authors()) {
            if (name.length() > 300) {
                errors.add(FieldError.of("authors", "library.error.tooLong", name.length(), 300));
            } else {
                authors.add(new Document.Author(name, null));
            }
        }
        organisationIds(errors, "author_organisations", d.authorOrganisations())
                .forEach(id -> authors.add(new Document.Author(null, id)));
        List<Document.Party> parties = new ArrayList<>();
        organisationIds(errors, "publishers", d.publishers()).forEach(id -> parties.add(new Document.Party(id, "publisher")));
        organisationIds(errors, "networks", d.networks()).forEach(id -> parties.add(new Document.Party(id, "network")));
        organisationIds(errors, "funders", d.funders()).forEach(id -> parties.add(new Document.Party(id, "funder")));
        List<Document.Link> links = new ArrayList<>();
        links(errors, "initiatives", d.initiatives(), Document.INITIATIVE,
                ref -> initiatives.findByExternalId(ref).or(() -> number(ref).flatMap(initiatives::find)).map(Initiative::id), links);
        links(errors, "events", d.events(), Document.EVENT,
                ref -> events.findByExternalId(ref).or(() -> number(ref).flatMap(events::find)).map(LearningEvent::id), links);
        links(errors, "outcomes", d.outcomes(), Document.OUTCOME,
                ref -> number(ref).flatMap(outcomes::find).map(o -> o.id()), links);
        String licence = text(errors, "licence", d.licence(), false, 200);
        String sourceUrl = url(errors, d.sourceUrl());
        String access = oneOf(errors, "access", blank(d.access()) ? "public" : d.access(), Document.ACCESS_LEVELS, null);
        String source = text(errors, "source", d.source(), true, 2000);
        if ("members".equals(access) && parties.stream().noneMatch(p -> p.role().equals("network"))
                && errors.stream().noneMatch(e -> e.field().equals("networks"))) {
            // members of which network? Without one, no member could ever read it
            errors.add(FieldError.of("networks", "library.error.membersWithoutNetwork"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidEntryException(errors);
        }
        return new Checked(externalId, type, language, title, summary, translations, year, publishedOn, precision,
                List.copyOf(languages), List.copyOf(themes), List.copyOf(countries), authors, parties, placeIds, links,
                licence, sourceUrl, access, source);
    }

    /** Every problem of a draft, saving nothing. */
    List<FieldError> problems(DocumentDraft draft) {
        try {
            check(draft);
            return List.of();
        } catch (InvalidEntryException e) {
            return e.errors();
        }
    }

    private List<Long> organisationIds(List<FieldError> errors, String field, List<String> references) {
        List<Long> ids = new ArrayList<>();
        for (String ref : references) {
            Optional<Organisation> o = organisations.resolve(ref);
            if (o.isEmpty()) {
                errors.add(FieldError.of(field, "library.error.unknownOrganisation", ref));
            } else if (!ids.contains(o.get().id())) {
                ids.add(o.get().id());
            }
        }
        return ids;
    }

    private static void links(List<FieldError> errors, String field, List<String> references, String record,
            Function<String, Optional<Long>> resolve, List<Document.Link> links) {
        for (String ref : references) {
            Optional<Long> id = resolve.apply(ref);
            if (id.isEmpty()) {
                errors.add(FieldError.of(field, "library.error.unknownRecord", ref));
            } else if (!links.contains(new Document.Link(record, id.get()))) {
                links.add(new Document.Link(record, id.get()));
            }
        }
    }

    private static Optional<Long> number(String ref) {
        return ref.matches("\\d{1,18}") ? Optional.of(Long.parseLong(ref)) : Optional.empty();
    }

    private static Map<String, Map<String, String>> translations(List<FieldError> errors,
            Map<String, Map<String, String>> given, String original) {
        Map<String, Map<String, String>> kept = new LinkedHashMap<>();
        given.forEach((code, fields) -> {
            String field = "translation_" + code;
            String t = fields == null ? null : fields.get("title");
            String s = fields == null ? null : fields.get("summary");
            if (blank(t) && blank(s)) {
                return;
            }
            if (!ISO_LANGUAGES.contains(code)) {
                errors.add(FieldError.of(field, "library.error.language", code));
            } else if (code.equals(original)) {
                errors.add(FieldError.of(field, "library.error.translationOfOriginal", code));
            } else if (blank(t)) {
                errors.add(FieldError.of(field, "library.error.translationWithoutTitle", code));
            } else if (t.strip().length() > TITLE_MAX || s != null && s.strip().length() > SUMMARY_MAX) {
                errors.add(FieldError.of(field, "library.error.tooLong", Math.max(t.strip().length(),
                        s == null ? 0 : s.strip().length()), t.strip().length() > TITLE_MAX ? TITLE_MAX : SUMMARY_MAX));
            } else {
                Map<String, String> values = new LinkedHashMap<>();
                values.put("title", t.strip());
                if (!blank(s)) {
                    values.put("summary", s.strip());
                }
                kept.put(code, values);
            }
        });
        return kept;
    }

    private static Integer year(List<FieldError> errors, String given) {
        if (blank(given)) {
            return null;
        }
        String y = given.strip();
        if (!y.matches("\\d{4}") || Integer.parseInt(y) < 1900 || Integer.parseInt(y) > 2100) {
            errors.add(FieldError.of("year", "library.error.year", y));
            return null;
        }
        return Integer.valueOf(y);
    }

    private static String url(List<FieldError> errors, String given) {
        if (blank(given)) {
            return null;
        }
        String u = given.strip();
        try {
            URI uri = new URI(u);
            if (u.length() <= 2000 && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null) {
                return u;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        errors.add(FieldError.of("source_url", "library.error.url", u));
        return null;
    }

    private static String language(List<FieldError> errors, String field, String given, boolean required) {
        if (blank(given)) {
            if (required) {
                errors.add(FieldError.of(field, "library.error.required"));
            }
            return null;
        }
        String code = given.strip().toLowerCase(Locale.ROOT);
        if (code.length() != 2 || !ISO_LANGUAGES.contains(code)) {
            errors.add(FieldError.of(field, "library.error.language", given.strip()));
            return null;
        }
        return code;
    }

    private static String oneOf(List<FieldError> errors, String field, String given, List<String> accepted, String fallback) {
        if (blank(given)) {
            errors.add(FieldError.of(field, "library.error.required"));
            return fallback;
        }
        String value = given.strip();
        if (!accepted.contains(value)) {
            errors.add(FieldError.of(field, "library.error.oneOf", value, String.join(", ", accepted)));
            return fallback;
        }
        return value;
    }

    private static String text(List<FieldError> errors, String field, String value, boolean required, int max) {
        if (blank(value)) {
            if (required) {
                errors.add(FieldError.of(field, "library.error.required"));
            }
            return null;
        }
        String stripped = value.strip();
        int length = stripped.codePointCount(0, stripped.length());
        if (length > max) {
            errors.add(FieldError.of(field, "library.error.tooLong", length, max));
            return null;
        }
        return stripped;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
