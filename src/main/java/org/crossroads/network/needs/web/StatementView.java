package org.crossroads.network.needs.web;

import java.time.LocalDate;
import java.util.List;

/**
 * A need or an offer as pages show it, in the reader's language.
 *
 * @param kind {@code need} or {@code offer}
 * @param original the text is shown in the language it was written in ({@code languageName})
 * @param conditions a need's constraints, or an offer's languages and consent, each said in words
 * @param evidence an offer's evidence, linked
 */
record StatementView(String kind, long id, String href, String title, String description, boolean original,
        String languageName, long cityId, String cityName, String countryCode, List<String> themes,
        List<String> activityTypes, List<String> conditions, List<Link> evidence, String status, String statusLabel,
        boolean privateStatement, boolean mayEdit, LocalDate stated, LocalDate updated, int version) {

    /** A linked piece of evidence: what it is ("initiative") and its name. */
    record Link(String kindLabel, String label, String href) {}
}
