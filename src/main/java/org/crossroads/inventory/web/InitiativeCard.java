package org.crossroads.inventory.web;

import java.util.List;
import org.crossroads.shared.vocabulary.ShownText;

/**
 * An initiative as a page shows it: every code already turned into a label in the reader's language; name and summary
 * translated where someone has, with the language they are in (pages mark a translation or a missing one).
 */
record InitiativeCard(long id, ShownText name, ShownText summary, String activityType, List<String> themes,
        List<Named> places, List<String> countries, List<Named> networks, List<Named> implementers,
        List<Named> partners, List<Named> donors, String period, String status, List<String> links,
        List<String> gcm, List<String> gcr, List<String> sdg, List<String> lampedusa, List<String> routes,
        boolean networkWide, boolean published, String source, String createdBy, String createdAt,
        String updatedBy, String updatedAt) {

    /** A linked directory record. */
    record Named(long id, String name, String href) {}

    /** The first few places, then how many more: a result line stays one or two lines long. */
    public String placeNames() {
        int shown = 6;
        String first = String.join(", ", places.stream().limit(shown).map(Named::name).toList());
        return places.size() <= shown ? first : first + " +" + (places.size() - shown);
    }
}
