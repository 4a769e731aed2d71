package org.crossroads.learning.events;

import org.crossroads.learning.LearningVocabularies;
import org.crossroads.learning.Texts;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Places;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.stereotype.Component;

/** Checks an event draft field by field and resolves its host city and organisers. */
@Component
class EventValidation {

    private static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9:._/-]{0,119}");
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private final Places places;
    private final Organisations organisations;
    private final Vocabularies vocabularies;

    EventValidation(Places places, Organisations organisations, Vocabularies vocabularies) {
        this.places = places;
        this.organisations = organisations;
        this.vocabularies = vocabularies;
    }

    /** @throws InvalidEntryException listing every error */
    ResolvedEvent check(EventDraft d) {
        List<FieldError> errors = new ArrayList<>();
        String externalId = d.externalId() == null || d.externalId().isBlank()
                ? "event:" + UUID.randomUUID().toString().substring(0, 13) : d.externalId().strip();
        if (!EXTERNAL_ID.matcher(externalId).matches()) {
            errors.add(FieldError.of("external_id", "learning.error.externalId", externalId));
        }
        Texts.check(errors, "theme", d.theme(), true, 300);
        Texts.check(errors, "source", d.source(), true, 1000);
        Texts.check(errors, "agenda", d.agenda(), false, 20000);
        Texts.check(errors, "learning_report", d.learningReport(), false, 20000);
        Texts.checkTranslations(errors, d.language(), d.translations(),
                Map.of("theme", 300, "agenda", 20000, "learning_report", 20000));
        if (d.startsOn() == null) {
            errors.add(FieldError.of("start", "learning.error.required"));
        } else if (d.endsOn() != null && d.endsOn().isBefore(d.startsOn())) {
            errors.add(FieldError.of("end", "learning.error.endBeforeStart", d.endsOn(), d.startsOn()));
        }
        if (d.datePrecision() != null && !Set.of("day", "month").contains(d.datePrecision())) {
            errors.add(FieldError.of("date_precision", "learning.error.unknownValue", d.datePrecision()));
        }
        if (d.format() == null || d.format().isBlank()) {
            errors.add(FieldError.of("format", "learning.error.required"));
        } else if (!vocabularies.contains(LearningVocabularies.EVENT_FORMAT, d.format())) {
            errors.add(FieldError.of("format", "learning.error.unknownValue", d.format()));
        }
        d.methods().stream().filter(m -> !vocabularies.contains(LearningVocabularies.LEARNING_METHOD, m))
                .forEach(m -> errors.add(FieldError.of("methods", "learning.error.unknownValue", m)));
        d.languages().stream().filter(l -> !LANGUAGES.contains(l))
                .forEach(l -> errors.add(FieldError.of("languages", "learning.error.language", l)));
        d.backgroundDocuments().stream().filter(link -> !isWebAddress(link))
                .forEach(link -> errors.add(FieldError.of("background_documents", "learning.error.link", link)));
        for (int i = 0; i < d.objectives().size(); i++) {
            LearningObjective o = d.objectives().get(i);
            Texts.check(errors, "objectives", o.audience(), true, 300);
            Texts.check(errors, "objectives", o.objective(), true, 2000);
        }
        Long host = null;
        if (d.hostCity() != null && !d.hostCity().isBlank()) {
            host = places.resolve(d.hostCity()).map(p -> p.id()).orElse(null);
            if (host == null) {
                errors.add(FieldError.of("host_city", "learning.error.unknownPlace", d.hostCity()));
            }
        }
        Set<Long> organisers = new LinkedHashSet<>();
        for (String reference : d.organisers()) {
            organisations.resolve(reference).ifPresentOrElse(o -> organisers.add(o.id()),
                    () -> errors.add(FieldError.of("organisers", "learning.error.unknownOrganisation", reference)));
        }
        if (d.organisers().isEmpty()) {
            errors.add(FieldError.of("organisers", "learning.error.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidEntryException(errors);
        }
        return new ResolvedEvent(externalId, host, List.copyOf(organisers), d);
    }

    static boolean isWebAddress(String link) {
        try {
            URI uri = new URI(link.strip());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }
}
