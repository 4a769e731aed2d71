package org.crossroads.library.practices.web;

import java.util.List;

/**
 * A practice as its page, its PDF and lists show it, in the reader's language: labels resolved, only what the reader
 * may see (contacts that agreed to be listed, documents {@code DocumentPermissions} lets through).
 *
 * @param original whether the title and sections are shown as written (not translated)
 * @param city the city the practice comes from; null for a practice of a region or a country (see {@code countries})
 */
record PracticeView(long id, String title, String titleLanguage, boolean original, String language, String languageName,
        String readerLanguage, String readerLanguageName, List<String> variantNames,
        Link city, List<Link> furtherCities, List<String> countries, List<String> themes, String sizeClass,
        String routeRole, List<Section> sections, List<String> contacts, List<Source> sources, List<Link> initiatives,
        List<Link> events, List<Link> documents, List<OutcomeLink> outcomes, List<DataEvidence> dataValues, List<Transfer> transfers, boolean published,
        String provenance, int version, boolean mayEdit, boolean mayPublish) {

    record Link(String label, String href) {}

    /**
     * A validated outcome the practice inspired, as the outcome list names it: who changed and the opening of what
     * changed; its source is never part of it (Chatham House outcomes hide theirs).
     */
    record OutcomeLink(String excerpt, String changeAgent, String href) {}

    /**
     * A titled section: {@code key} names its heading ({@code practices.field.<key>}); {@code lang} the language its
     * text is in; {@code untranslated} when the reader reads another language and this section has no translation
     * into it although others have (the page notes it).
     */
    record Section(String key, String text, String lang, boolean untranslated) {}

    /** The reader's language differs from the practice's and nothing of it is translated into theirs. */
    public boolean untranslated() {
        return original && !language.equals(readerLanguage);
    }

    record Source(String citation, String passage) {}

    /**
     * A data value cited as evidence: {@code shown} is the number as the public may see it, or what stands for it
     * ("&lt;5", "x"), or null when the data module has no such value for this reader; {@code href} its time series.
     */
    record DataEvidence(String indicator, String unit, Link city, int year, String shown, String href) {

        public boolean protectedValue() {
            return shown != null && !shown.isEmpty() && !Character.isDigit(shown.charAt(0)) && shown.charAt(0) != '-';
        }
    }

    record Transfer(Link toCity, Integer year, String whatChanged, String source) {}

    /** A practice of a region, a province or a country: no city, its countries say where. */
    public boolean regional() {
        return city == null;
    }

    /** Whether the context block has anything to show. */
    public boolean hasContext() {
        return sizeClass != null || routeRole != null;
    }

    public boolean hasEvidence() {
        return !initiatives.isEmpty() || !events.isEmpty() || !documents.isEmpty() || !outcomes.isEmpty()
                || !dataValues.isEmpty();
    }
}
