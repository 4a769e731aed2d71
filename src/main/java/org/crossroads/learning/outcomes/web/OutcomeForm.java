package org.crossroads.learning.outcomes.web;

import org.crossroads.learning.events.web.EventForm;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.Place;
import org.crossroads.learning.outcomes.OutcomeDraft;
import org.crossroads.learning.outcomes.OutcomeStatement;
import org.crossroads.shared.tabular.DateBound;
import org.crossroads.shared.tabular.Dates;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.web.PostedTranslations;

/**
 * What the outcome form posts, as typed, so a rejected form comes back as the editor left it. Peer
 * cities are separated by ";" ({@code Tangier, MA; Oujda, MA}); events are ids picked from a list;
 * capability tags are {@code capability:level} checkboxes. {@code language} is the language of the three texts; the
 * others are posted as {@code translation[fr.description]}.
 */
record OutcomeForm(String changeAgent, String changeType, String description, String observedOn, String city,
        String significance, String contribution, String source, String evidence, Boolean chathamHouse,
        List<Long> events, String peerCities, String inspiredByCity, String inspiredByInitiative,
        String inspiredByPractice, String network, List<String> capabilities, Integer version, String language,
        Map<String, String> translation) {

    OutcomeForm {
        language = language == null || language.isBlank() ? "en" : language;
        translation = translation == null ? Map.of() : translation;
        events = events == null ? List.of() : events;
        capabilities = capabilities == null ? List.of() : capabilities;
        chathamHouse = Boolean.TRUE.equals(chathamHouse);
    }

    static OutcomeForm empty(Long event) {
        return new OutcomeForm("", "practice", "", "", "", "", "", "", "", false, event == null ? List.of() : List.of(event),
                "", "", "", "", "", List.of(), 0, "en", Map.of());
    }

    /** The stored statement (with who said it: only its author and coordinators edit it) in the form's terms. */
    static OutcomeForm of(OutcomeStatement o, Map<Long, Place> places, Optional<Organisation> network) {
        return new OutcomeForm(o.changeAgent(), o.changeType(), o.description(),
                o.observedOn() == null ? "" : o.observedOn().toString(), name(places, o.placeId()), o.significance(),
                o.contribution(), o.attribution().source(), o.evidence(), o.chathamHouse(), o.eventIds(),
                String.join("; ", o.peerPlaceIds().stream().map(id -> name(places, id)).filter(n -> !n.isEmpty()).toList()),
                name(places, o.inspiredByPlaceId()),
                o.inspiredByInitiativeId() == null ? "" : o.inspiredByInitiativeId().toString(), o.inspiredByPractice(),
                network.map(Organisation::externalId).orElse(""),
                o.capabilities().stream().map(OutcomeStatement.CapabilityTag::toString).toList(), o.version(), o.language(),
                PostedTranslations.posted(o.translations()));
    }

    /** The translation of a field into a language as the form holds it ("" when none). */
    public String translation(String into, String field) {
        return PostedTranslations.text(translation, into, field);
    }

    /** Whether the form holds any translation into the language (its part of the form opens). */
    public boolean hasTranslation(String into) {
        return PostedTranslations.any(translation, into, OutcomeStatement.TRANSLATED);
    }

    OutcomeDraft toDraft(List<FieldError> errors) {
        return new OutcomeDraft(changeAgent, changeType, description, date(errors), city, significance, contribution, source,
                evidence, chathamHouse, events, EventForm.split(peerCities), inspiredByCity, inspiredByInitiative,
                inspiredByPractice, network, capabilities.stream().map(OutcomeDraft.CapabilityTag::parse).toList(), language,
                PostedTranslations.byLanguage(translation));
    }

    int expectedVersion() {
        return version == null ? 0 : version;
    }

    /** The same typed values, to be saved against the version the editor has now seen. */
    OutcomeForm withVersion(int newVersion) {
        return new OutcomeForm(changeAgent, changeType, description, observedOn, city, significance, contribution, source,
                evidence, chathamHouse, events, peerCities, inspiredByCity, inspiredByInitiative, inspiredByPractice,
                network, capabilities, newVersion, language, translation);
    }

    private LocalDate date(List<FieldError> errors) {
        if (observedOn == null || observedOn.isBlank()) {
            return null;
        }
        Optional<LocalDate> date = Dates.parse(observedOn.strip(), DateBound.START);
        if (date.isEmpty()) {
            errors.add(FieldError.of("observed_on", "learning.error.date", observedOn.strip()));
        }
        return date.orElse(null);
    }

    private static String name(Map<Long, Place> places, Long id) {
        return id == null ? "" : name(places.get(id));
    }

    private static String name(Place place) {
        return place == null ? "" : place.name() + ", " + place.countryCode();
    }
}
