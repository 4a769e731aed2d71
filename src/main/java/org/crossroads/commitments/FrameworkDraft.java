package org.crossroads.commitments;

import java.util.List;
import java.util.Map;

/**
 * A framework as its form gives it, before it is checked.
 *
 * @param translations language → field ({@code title}, {@code summary}) → text
 * @param convener an organisation of the directory ("org:uclg-africa" or a number); else {@code convenerName}
 * @param document a library document ("doc:…" or a number), or blank
 * @param adopted "2018", "2018-12" or "2018-12-08", or blank
 * @param articles the text's articles, principles or priorities, one per entry, numbered in order from 1
 */
public record FrameworkDraft(String kind, String language, String title, String summary,
        Map<String, Map<String, String>> translations, String adopted, String convener, String convenerName,
        String document, String articlesLabel, List<String> articles, Source source) {

    public FrameworkDraft {
        translations = translations == null ? Map.of() : Map.copyOf(translations);
        articles = EvidenceDraft.clean(articles);
    }
}
