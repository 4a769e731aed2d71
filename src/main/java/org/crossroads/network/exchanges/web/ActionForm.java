package org.crossroads.network.exchanges.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.crossroads.network.exchanges.Arrangement;
import org.crossroads.shared.validation.FieldError;

/**
 * The fields of the answer and arrangement forms on an exchange's page, as typed (dates as text, so a bad one is
 * a field error and not a failed binding).
 */
record ActionForm(Integer version, String note, String redirectCity, String redirectContact, String kind, String title,
        String startsOn, String endsOn, String format, Long host, Long organiser, List<String> languages,
        String partnershipKind) {

    ActionForm {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    static ActionForm empty(int version) {
        return new ActionForm(version, null, null, null, null, null, null, null, null, null, null, List.of(), null);
    }

    Arrangement arrangement(List<FieldError> errors) {
        return new Arrangement(kind, title, date(errors, "start", startsOn), date(errors, "end", endsOn), format, host,
                organiser, languages, partnershipKind);
    }

    private static LocalDate date(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, "exchanges.error.date", value.strip()));
            return null;
        }
    }
}
