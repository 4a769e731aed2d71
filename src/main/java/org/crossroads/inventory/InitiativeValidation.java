package org.crossroads.inventory;

import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.validation.FieldError;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.shared.vocabulary.MatchKey;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.stereotype.Component;

/** Checks a draft field by field and resolves its place and organisation references. */
@Component
class InitiativeValidation {

    private static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9:._/-]{0,119}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of("en", "fr", "ar", "es");

    private final Vocabularies vocabularies;
    private final Places places;
    private final Organisations organisations;

    InitiativeValidation(Vocabularies vocabularies, Places places, Organisations organisations) {
        this.vocabularies = vocabularies;
        this.places = places;
        this.organisations = organisations;
    }

    /** @throws InvalidEntryException listing every error */
    Resolved check(InitiativeDraft d) {
        List<FieldError> errors = new ArrayList<>();
        String externalId = d.externalId() == null || d.externalId().isBlank()
                ? "init:" + UUID.randomUUID().toString().substring(0, 13) : d.externalId().strip();
        if (!EXTERNAL_ID.matcher(externalId).matches()) {
            errors.add(FieldError.of("external_id", "inventory.error.externalId", externalId));
        }
        text(errors, "name", d.name(), true, 300);
        text(errors, "summary", d.summary(), false, 5000);
        text(errors, "source", d.source(), true, 1000);
        if (d.activityType() == null || d.activityType().isBlank()) {
            errors.add(FieldError.of("activity_type", "inventory.error.required"));
        } else {
            code(errors, "activity_type", Vocabularies.ACTIVITY_TYPE, List.of(d.activityType()));
        }
        code(errors, "themes", Vocabularies.THEME, d.themes());
        code(errors, "status", Vocabularies.STATUS, d.status() == null ? List.of() : List.of(d.status()));
        code(errors, "sdg_targets", Vocabularies.SDG_TARGET, d.sdgTargets());
        code(errors, "routes", Vocabularies.ROUTE, d.routes());
        range(errors, "gcm_objectives", d.gcmObjectives(), 23);
        range(errors, "gcr_objectives", d.gcrObjectives(), 4);
        range(errors, "lampedusa_principles", d.lampedusaPrinciples(), 7);
        if (d.start() != null && d.end() != null && d.end().isBefore(d.start())) {
            errors.add(FieldError.of("end", "inventory.error.endBeforeStart", d.end(), d.start()));
        }
        for (String country : d.countries()) {
            if (!COUNTRIES.contains(country.toUpperCase(Locale.ROOT))) {
                errors.add(FieldError.of("countries", "inventory.error.country", country));
            }
        }
        for (String link : d.links()) {
            if (!isWebAddress(link)) {
                errors.add(FieldError.of("links", "inventory.error.link", link));
            }
        }
        if (!LANGUAGES.contains(d.language())) {
            errors.add(FieldError.of("language", "inventory.error.language", d.language()));
        }
        translations(errors, d.translations());
        if (d.translations().containsKey(d.language())) {
            errors.add(FieldError.of("translations", "inventory.error.translationOfOriginal", d.language()));
        }
        List<Place> placesFound = new ArrayList<>();
        for (String ref : d.cities()) {
            places.resolve(ref).ifPresentOrElse(placesFound::add,
                    () -> errors.add(FieldError.of("cities", "inventory.error.unknownPlace", ref)));
        }
        List<Organisation> orgs = new ArrayList<>();
        List<Long> networks = organisations(errors, "networks", d.networks(), orgs);
        List<Long> implementers = organisations(errors, "implementers", d.implementers(), orgs);
        List<Long> partners = organisations(errors, "partners", d.partners(), orgs);
        List<Long> donors = organisations(errors, "donors", d.donors(), orgs);
        if (!errors.isEmpty()) {
            throw new InvalidEntryException(errors);
        }
        Set<String> countries = new LinkedHashSet<>();
        d.countries().forEach(c -> countries.add(c.toUpperCase(Locale.ROOT)));
        return new Resolved(d, externalId, placesFound.stream().map(Place::id).distinct().toList(),
                List.copyOf(countries), networks, implementers, partners, donors, searchText(d, placesFound, orgs));
    }

    private List<Long> organisations(List<FieldError> errors, String field, List<String> refs, List<Organisation> found) {
        List<Long> ids = new ArrayList<>();
        for (String ref : refs) {
            organisations.resolve(ref).ifPresentOrElse(o -> {
                ids.add(o.id());
                found.add(o);
            }, () -> errors.add(FieldError.of(field, "inventory.error.unknownOrganisation", ref)));
        }
        return ids.stream().distinct().toList();
    }

    private void code(List<FieldError> errors, String field, String vocabulary, List<String> codes) {
        for (String code : codes) {
            if (!vocabularies.contains(vocabulary, code)) {
                errors.add(FieldError.of(field, "inventory.error.unknownTerm", code,
                        vocabularies.accepted(vocabulary, org.springframework.context.i18n.LocaleContextHolder.getLocale())));
            }
        }
    }

    private static void range(List<FieldError> errors, String field, List<Integer> numbers, int max) {
        for (Integer n : numbers) {
            if (n == null || n < 1 || n > max) {
                errors.add(FieldError.of(field, "inventory.error.range", n, 1, max));
            }
        }
    }

    private static void text(List<FieldError> errors, String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(FieldError.of(field, "inventory.error.required"));
            }
        } else if (value.strip().length() > max) {
            errors.add(FieldError.of(field, "inventory.error.tooLong", max));
        }
    }

    private static void translations(List<FieldError> errors, Map<String, Map<String, String>> translations) {
        translations.forEach((language, fields) -> {
            if (!LANGUAGES.contains(language)) {
                errors.add(FieldError.of("translations", "inventory.error.language", language));
            }
            fields.forEach((field, text) -> {
                if (!Set.of("name", "summary").contains(field)) {
                    errors.add(FieldError.of(field + "_" + language, "inventory.error.unknownField", field));
                } else if (text != null && text.length() > ("name".equals(field) ? 300 : 5000)) {
                    errors.add(FieldError.of(field + "_" + language, "inventory.error.tooLong", "name".equals(field) ? 300 : 5000));
                }
            });
        });
    }

    static boolean isWebAddress(String link) {
        try {
            URI uri = URI.create(link.strip());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String searchText(InitiativeDraft d, List<Place> places, List<Organisation> orgs) {
        StringBuilder text = new StringBuilder().append(d.name()).append(' ').append(d.summary() == null ? "" : d.summary());
        d.translations().values().forEach(fields -> fields.values().forEach(v -> text.append(' ').append(v)));
        places.forEach(p -> text.append(' ').append(p.name()));
        orgs.forEach(o -> text.append(' ').append(o.name()).append(' ').append(o.acronym() == null ? "" : o.acronym()));
        return MatchKey.of(text.toString());
    }
}
