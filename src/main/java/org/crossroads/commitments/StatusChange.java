package org.crossroads.commitments;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.shared.vocabulary.ShownText;

/**
 * A pledge took this status on this date, for the reason the note gives, shown by the evidence.
 *
 * @param recordedBy the account that recorded it, or "reporting link: " and the city when a city reported through
 *     its personal link
 * @param roundId the reporting round it was reported in, or null
 */
public record StatusChange(long id, long pledgeId, PledgeStatus status, PartialDate on, String language, String note,
        Map<String, Map<String, String>> translations, Source source, List<Evidence> evidence, String recordedBy,
        OffsetDateTime recordedAt, Long roundId) {

    public StatusChange {
        translations = Map.copyOf(translations);
        evidence = List.copyOf(evidence);
    }

    public ShownText note(Locale reader) {
        return ShownText.of(note, language, translations, "note", reader);
    }
}
