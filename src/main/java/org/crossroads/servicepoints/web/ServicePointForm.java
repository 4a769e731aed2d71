package org.crossroads.servicepoints.web;

import java.util.Arrays;
import java.util.List;
import org.crossroads.servicepoints.ServicePoint;
import org.crossroads.servicepoints.ServicePointDraft;
import org.crossroads.directory.Organisation;
import org.crossroads.shared.validation.FieldError;

/**
 * What the service point form posts, as typed, so a rejected form comes back as the editor left it.
 * Coordinates are decimal degrees (a decimal comma is accepted); languages are ISO 639-1 codes
 * separated by ";" or ",". The city is not part of the form: it is the page's.
 */
record ServicePointForm(String externalId, String name, String kind, String address, String latitude, String longitude,
        String operator, String languages, String openingHours, String phone, String website, String description,
        String source, Integer version) {

    static ServicePointForm empty() {
        return new ServicePointForm("", "", "reception_orientation", "", "", "", "", "", "", "", "", "", "", 0);
    }

    static ServicePointForm of(ServicePoint p, Organisation operator) {
        return new ServicePointForm(p.externalId(), p.name(), p.kind(), text(p.address()), Double.toString(p.latitude()),
                Double.toString(p.longitude()), operator == null ? "" : operator.externalId(), String.join("; ", p.languages()),
                text(p.openingHours()), text(p.phone()), text(p.website()), text(p.description()), p.source(), p.version());
    }

    /** This form with the version the editor has now seen (after a conflict). */
    ServicePointForm withVersion(int seen) {
        return new ServicePointForm(externalId, name, kind, address, latitude, longitude, operator, languages, openingHours,
                phone, website, description, source, seen);
    }

    ServicePointDraft toDraft(String city, List<FieldError> errors) {
        return new ServicePointDraft(externalId, city, name, kind, address, number("latitude", latitude, errors),
                number("longitude", longitude, errors), operator, split(languages), openingHours, phone, website,
                description, source);
    }

    int expectedVersion() {
        return version == null ? 0 : version;
    }

    private static Double number(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip().replace(',', '.').replace('\u2212', '-');
        try {
            double number = Double.parseDouble(value);
            if (!value.matches("[+-]?\\d{1,3}(\\.\\d+)?")) {
                throw new NumberFormatException(value);
            }
            return number;
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(field, "servicepoints.error.number", text.strip()));
            return null;
        }
    }

    private static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[;,\u061B\u060C]"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
