package org.crossroads.commitments;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.shared.vocabulary.ShownText;

/**
 * Someone acted on a recommendation: a city (place), an organisation, or an actor the directory does not hold (a
 * national government, a donor), on a date, in the way {@code how} says, shown by the evidence.
 */
public record Uptake(long id, long recommendationId, Long placeId, Long organisationId, String actorName,
        PartialDate taken, String language, String how, Map<String, Map<String, String>> translations,
        boolean restricted, Source source, List<Evidence> evidence, String recordedBy, int version) {

    public Uptake {
        translations = Map.copyOf(translations);
        evidence = List.copyOf(evidence);
    }

    /** The same uptake with its evidence as stored. */
    Uptake withEvidence(List<Evidence> stored) {
        return new Uptake(id, recommendationId, placeId, organisationId, actorName, taken, language, how, translations,
                restricted, source, stored, recordedBy, version);
    }

    public ShownText how(Locale reader) {
        return ShownText.of(how, language, translations, "how", reader);
    }
}
