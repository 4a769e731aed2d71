package org.crossroads.library.web;

import java.util.List;
import org.crossroads.shared.vocabulary.ShownText;
import org.crossroads.library.Document;

/**
 * A document as a page shows it, in the reader's language: labels resolved, links to the records it belongs to.
 * Under the Chatham House rule the lists of authors and organisations, the source address and the provenance are
 * empty and {@code sourceWithheld} says so.
 */
record DocumentView(Document document, String title, String originalTitle, ShownText summary, String type,
        String typeLabel, String languageName, String date, List<String> languages, List<String> themes,
        List<String> countries, List<Named> authors, List<Named> publishers, List<Named> networks, List<Named> funders,
        List<Named> cities, List<Named> initiatives, List<Named> events, List<Named> outcomes,
        List<Translation> translations, String accessLabel, boolean sourceWithheld) {

    /** A label, and where it links to (null when nowhere). */
    record Named(String label, String href) {}

    record Translation(String language, String languageName, String title) {}

    public long id() {
        return document.id();
    }
}
