package org.crossroads.learning.events.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.Place;
import org.crossroads.learning.events.EventDraft;
import org.crossroads.learning.events.LearningEvent;
import org.crossroads.learning.events.LearningObjective;
import org.crossroads.shared.tabular.DateBound;
import org.crossroads.shared.tabular.Dates;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.web.PostedTranslations;

/**
 * What the event form posts, as typed, so a rejected form comes back as the coordinator left it.
 * Organisers and languages are separated by ";"; objectives ("Audience: objective") and document
 * links one per line. {@code language} is the language theme, agenda and report are written in; the others are posted
 * as {@code translation[fr.theme]}.
 */
public record EventForm(String externalId, String theme, String hostCity, String start, String end, String format,
        String organisers, String languages, List<String> methods, String objectives, String agenda,
        String backgroundDocuments, String learningReport, String source, Integer version, String language,
        Map<String, String> translation) {

    public EventForm {
        methods = methods == null ? List.of() : methods;
        language = language == null || language.isBlank() ? "en" : language;
        translation = translation == null ? Map.of() : translation;
    }

    /** The translation of a field into a language as the form holds it ("" when none). */
    public String translation(String into, String field) {
        return PostedTranslations.text(translation, into, field);
    }

    /** Whether the form holds any translation into the language (its part of the form opens). */
    public boolean hasTranslation(String into) {
        return PostedTranslations.any(translation, into, LearningEvent.TRANSLATED);
    }

    static EventForm empty(String ownNetwork) {
        return new EventForm("", "", "", "", "", "in_person", ownNetwork == null ? "" : ownNetwork, "", List.of(), "", "", "",
                "", "", 0, "en", Map.of());
    }

    static EventForm of(LearningEvent e, Place host, Map<Long, Organisation> organisers) {
        List<String> objectives = e.objectives().stream().map(o -> o.audience() + ": " + o.objective()).toList();
        return new EventForm(e.externalId(), e.theme(), host == null ? "" : host.name() + ", " + host.countryCode(),
                e.startsOn().toString(), e.endsOn().toString(), e.format(),
                String.join("; ", e.organiserIds().stream().map(organisers::get).filter(o -> o != null)
                        .map(Organisation::externalId).toList()),
                String.join("; ", e.languages()), e.methods(), String.join("\n", objectives), e.agenda(),
                String.join("\n", e.backgroundDocuments()), e.learningReport(), e.source(), e.version(), e.language(),
                PostedTranslations.posted(e.translations()));
    }

    EventDraft toDraft(List<FieldError> errors) {
        return new EventDraft(externalId, theme, hostCity, date("start", start, DateBound.START, errors),
                date("end", end, DateBound.END, errors), "day", format, split(organisers),
                split(languages).stream().map(l -> l.toLowerCase(Locale.ROOT)).toList(), methods,
                objectives(objectives), agenda, lines(backgroundDocuments), learningReport, source, language,
                PostedTranslations.byLanguage(translation));
    }

    int expectedVersion() {
        return version == null ? 0 : version;
    }

    private static List<LearningObjective> objectives(String text) {
        List<LearningObjective> objectives = new ArrayList<>();
        for (String line : lines(text)) {
            int colon = line.indexOf(':');
            objectives.add(colon > 0 && colon < line.length() - 1
                    ? new LearningObjective(line.substring(0, colon).strip(), line.substring(colon + 1).strip())
                    : new LearningObjective("—", line));
        }
        return objectives;
    }

    public static List<String> split(String text) {
        return text == null ? List.of() : java.util.Arrays.stream(text.split("[;\\n\u061B]"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static LocalDate date(String field, String text, DateBound bound, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<LocalDate> date = Dates.parse(text.strip(), bound);
        if (date.isEmpty()) {
            errors.add(FieldError.of(field, "learning.error.date", text.strip()));
        }
        return date.orElse(null);
    }
}
