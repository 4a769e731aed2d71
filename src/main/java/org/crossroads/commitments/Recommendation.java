package org.crossroads.commitments;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.shared.vocabulary.ShownText;

/**
 * A recommendation of a report (a library document) or of an event (a learning event), addressed to cities,
 * networks, national governments, donors, international organisations, civil society or researchers.
 *
 * @param section where in the report it stands ("section 6.2", "Ideas for action"), or null
 * @param uptakes how many recorded uptakes the reader may see, and how many there are in all (restricted ones are
 *     counted, not named)
 */
public record Recommendation(long id, String externalId, Long documentId, Long eventId, String section, Integer number,
        String language, String text, Map<String, Map<String, String>> translations, List<String> addressees,
        List<String> themes, Source source, int uptakes, int version) {

    public static final List<String> ADDRESSEES = List.of("cities", "networks", "national_governments", "donors",
            "international_organisations", "civil_society", "researchers");

    public Recommendation {
        translations = Map.copyOf(translations);
        addressees = List.copyOf(addressees);
        themes = List.copyOf(themes);
    }

    public ShownText text(Locale reader) {
        return ShownText.of(text, language, translations, "text", reader);
    }
}
