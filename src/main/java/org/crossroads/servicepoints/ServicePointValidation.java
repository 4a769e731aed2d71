package org.crossroads.servicepoints;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.shared.geo.GreatCircle;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.stereotype.Component;

/**
 * Checks a service point draft field by field (the fields are named as the import columns), resolves its
 * city and operator, and checks that the point lies within {@value ServicePoint#MAX_DISTANCE_KM} km of its city:
 * a point farther away almost always has swapped or mistyped coordinates.
 */
@Component
class ServicePointValidation {

    private static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9:._/-]{0,119}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ().\\-/]{2,38}[0-9]");
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private final Places places;
    private final Organisations organisations;
    private final Vocabularies vocabularies;

    ServicePointValidation(Places places, Organisations organisations, Vocabularies vocabularies) {
        this.places = places;
        this.organisations = organisations;
        this.vocabularies = vocabularies;
    }

    /** @throws InvalidEntryException listing every error */
    ResolvedServicePoint check(ServicePointDraft d) {
        List<FieldError> errors = new ArrayList<>();
        String externalId = blank(d.externalId()) ? "sp:" + UUID.randomUUID().toString().substring(0, 13) : d.externalId().strip();
        if (!EXTERNAL_ID.matcher(externalId).matches()) {
            errors.add(FieldError.of("external_id", "servicepoints.error.externalId", externalId));
        }
        text(errors, "name", d.name(), true, 300);
        text(errors, "address", d.address(), false, 500);
        text(errors, "opening_hours", d.openingHours(), false, 500);
        text(errors, "description", d.description(), false, 5000);
        text(errors, "source", d.source(), true, 1000);
        if (blank(d.kind())) {
            errors.add(FieldError.of("kind", "servicepoints.error.required"));
        } else if (!vocabularies.contains(ServicePoint.KIND_VOCABULARY, d.kind().strip())) {
            errors.add(FieldError.of("kind", "servicepoints.error.unknownKind", d.kind().strip(), vocabularies.accepted(
                    ServicePoint.KIND_VOCABULARY, org.springframework.context.i18n.LocaleContextHolder.getLocale())));
        }
        Place place = null;
        if (blank(d.city())) {
            errors.add(FieldError.of("city", "servicepoints.error.required"));
        } else {
            place = places.resolve(d.city().strip()).orElse(null);
            if (place == null) {
                errors.add(FieldError.of("city", "servicepoints.error.unknownPlace", d.city().strip()));
            }
        }
        boolean latitudeOk = coordinate(errors, "latitude", d.latitude(), 90);
        boolean longitudeOk = coordinate(errors, "longitude", d.longitude(), 180);
        if (place != null && latitudeOk && longitudeOk) {
            double km = GreatCircle.km(place.latitude(), place.longitude(), d.latitude(), d.longitude());
            if (km > ServicePoint.MAX_DISTANCE_KM) {
                errors.add(FieldError.of("latitude", "servicepoints.error.farFromCity", plain(d.latitude()),
                        plain(d.longitude()), Math.round(km), place.name(), ServicePoint.MAX_DISTANCE_KM));
            }
        }
        Long operatorId = null;
        if (!blank(d.operator())) {
            operatorId = organisations.resolve(d.operator().strip()).map(o -> o.id()).orElse(null);
            if (operatorId == null) {
                errors.add(FieldError.of("operator", "servicepoints.error.unknownOrganisation", d.operator().strip()));
            }
        }
        Set<String> languages = new LinkedHashSet<>();
        for (String language : d.languages()) {
            String code = language.strip().toLowerCase(Locale.ROOT);
            if (LANGUAGES.contains(code)) {
                languages.add(code);
            } else {
                errors.add(FieldError.of("languages", "servicepoints.error.language", language.strip()));
            }
        }
        if (!blank(d.phone()) && !PHONE.matcher(d.phone().strip()).matches()) {
            errors.add(FieldError.of("phone", "servicepoints.error.phone", d.phone().strip()));
        }
        if (!blank(d.website()) && (!isWebAddress(d.website().strip()) || d.website().strip().length() > 500)) {
            errors.add(FieldError.of("website", "servicepoints.error.website", d.website().strip()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidEntryException(errors);
        }
        return new ResolvedServicePoint(externalId, place, d.name().strip(), d.kind().strip(), stripped(d.address()),
                d.latitude(), d.longitude(), operatorId, List.copyOf(languages), stripped(d.openingHours()),
                stripped(d.phone()), stripped(d.website()), stripped(d.description()), d.source().strip());
    }

    /** An absolute http or https address with a host; {@code javascript:} and the like are refused. */
    static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean coordinate(List<FieldError> errors, String field, Double value, int limit) {
        if (value == null) {
            errors.add(FieldError.of(field, "servicepoints.error.required"));
            return false;
        }
        if (value.isNaN() || value.isInfinite() || Math.abs(value) > limit) {
            errors.add(FieldError.of(field, "servicepoints.error.range", plain(value), -limit, limit));
            return false;
        }
        return true;
    }

    private static void text(List<FieldError> errors, String field, String value, boolean required, int max) {
        if (blank(value)) {
            if (required) {
                errors.add(FieldError.of(field, "servicepoints.error.required"));
            }
            return;
        }
        String stripped = value.strip();
        int length = stripped.codePointCount(0, stripped.length());
        if (length > max) {
            errors.add(FieldError.of(field, "servicepoints.error.tooLong", length, max));
        }
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String stripped(String value) {
        return blank(value) ? null : value.strip();
    }
}
