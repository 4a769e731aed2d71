package org.crossroads.commitments;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.crossroads.shared.vocabulary.ShownText;

/**
 * A review a framework's pledges are reported to (the International Migration Review Forum 2022, the Global Refugee
 * Forum 2023, a GFMD summit), held from one day to another.
 *
 * @param process IMRF, GRF, GFMD or other
 */
public record ReviewCycle(long id, String externalId, String process, String language, String name,
        Map<String, Map<String, String>> translations, LocalDate heldFrom, LocalDate heldTo, String source) {

    public ReviewCycle {
        translations = Map.copyOf(translations);
    }

    public ShownText name(Locale reader) {
        return ShownText.of(name, language, translations, "name", reader);
    }

    /** The day statuses are read at for this review: the day it closed (or opened, when only that is known). */
    public LocalDate asOf() {
        return heldTo == null ? heldFrom : heldTo;
    }
}
