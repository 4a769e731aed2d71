package org.crossroads.directory;

import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.validation.FieldError;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.stereotype.Component;

/**
 * Checks the values of directory entries and resolves their references, collecting every error with
 * the field it concerns (named as the import column) rather than stopping at the first.
 */
@Component
class DirectoryValidation {

    static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    /** Provenance can cite several reports with their sections. */
    static final int MAX_SOURCE = 2000;
    static final Set<String> NAME_LANGUAGES = Set.of("en", "fr", "ar", "es");

    private final Vocabularies vocabularies;
    private final Places places;
    private final Organisations organisations;

    DirectoryValidation(Vocabularies vocabularies, Places places, Organisations organisations) {
        this.vocabularies = vocabularies;
        this.places = places;
        this.organisations = organisations;
    }

    /** Collects the errors of one entry. */
    final class Check {

        private final List<FieldError> errors = new ArrayList<>();

        void reject(String field, String key, Object... arguments) {
            errors.add(FieldError.of(field, key, arguments));
        }

        String text(String field, String value, int maxLength, boolean required) {
            String v = value == null ? "" : value.strip();
            if (v.isEmpty()) {
                if (required) {
                    reject(field, "directory.error.required");
                }
                return null;
            }
            if (v.length() > maxLength) {
                reject(field, "directory.error.tooLong", maxLength);
            }
            return v;
        }

        String code(String vocabulary, String field, String value, boolean required) {
            if (value == null || value.isBlank()) {
                if (required) {
                    reject(field, "directory.error.required");
                }
                return null;
            }
            return vocabularies.match(vocabulary, value).orElseGet(() -> {
                reject(field, "directory.error.unknownTerm", value.strip(),
                        vocabularies.accepted(vocabulary, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
                return null;
            });
        }

        List<String> codes(String vocabulary, String field, List<String> values) {
            List<String> codes = new ArrayList<>();
            for (String value : values) {
                if (value != null && !value.isBlank()) {
                    String code = code(vocabulary, field, value, false);
                    if (code != null && !codes.contains(code)) {
                        codes.add(code);
                    }
                }
            }
            return codes;
        }

        String country(String field, String value, boolean required) {
            if (value == null || value.isBlank()) {
                if (required) {
                    reject(field, "directory.error.required");
                }
                return null;
            }
            String code = value.strip().toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(code)) {
                reject(field, "directory.error.unknownCountry", value.strip());
                return null;
            }
            return code;
        }

        void coordinates(Double latitude, Double longitude) {
            if (latitude == null) {
                reject("latitude", "directory.error.required");
            } else if (latitude.isNaN() || latitude < -90 || latitude > 90) {
                reject("latitude", "directory.error.latitude", latitude);
            }
            if (longitude == null) {
                reject("longitude", "directory.error.required");
            } else if (longitude.isNaN() || longitude < -180 || longitude > 180) {
                reject("longitude", "directory.error.longitude", longitude);
            }
        }

        void population(Long population) {
            if (population != null && population < 0) {
                reject("population", "directory.error.population", population);
            }
        }

        Place place(String field, String reference, boolean required) {
            if (reference == null || reference.isBlank()) {
                if (required) {
                    reject(field, "directory.error.required");
                }
                return null;
            }
            return places.resolve(reference).orElseGet(() -> {
                reject(field, "directory.error.unknownPlace", reference.strip());
                return null;
            });
        }

        Organisation organisation(String field, String reference) {
            if (reference == null || reference.isBlank()) {
                reject(field, "directory.error.required");
                return null;
            }
            return organisations.resolve(reference).orElseGet(() -> {
                reject(field, "directory.error.unknownOrganisation", reference.strip());
                return null;
            });
        }

        void period(LocalDate since, LocalDate until) {
            if (since != null && until != null && until.isBefore(since)) {
                reject("until", "directory.error.untilBeforeSince", until.toString(), since.toString());
            }
        }

        String url(String field, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            String v = value.strip();
            try {
                URI uri = new URI(v);
                if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                        && uri.getHost() != null && v.length() <= 500) {
                    return v;
                }
            } catch (URISyntaxException e) {
                // rejected below
            }
            reject(field, "directory.error.url", v);
            return null;
        }

        void names(java.util.Map<String, String> names) {
            names.forEach((language, name) -> {
                if (!NAME_LANGUAGES.contains(language)) {
                    reject("name_" + language, "directory.error.language", language);
                } else if (name != null && name.strip().length() > 200) {
                    reject("name_" + language, "directory.error.tooLong", 200);
                }
            });
        }

        /** Throws when any error was found. */
        void complete() {
            if (!errors.isEmpty()) {
                throw new InvalidEntryException(errors);
            }
        }
    }

    Check check() {
        return new Check();
    }
}
