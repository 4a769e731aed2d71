package org.crossroads.shared.translation;

import java.util.List;

/**
 * A kind of record whose texts are translated (issue 12 §2): which of its published records still lack a translation into
 * a language, so that editors see what to translate. Each module that holds translated content offers one; the
 * translations page lists them all.
 */
public interface TranslationGaps {

    /** The kind's message key, e.g. {@code translations.kind.initiatives}, and its order on the page. */
    String kind();

    int order();

    /** Published records written in another language that have no translation of their main text into {@code language}. */
    Gaps missing(String language, int limit);

    /** A record lacking a translation: its text as written, the language of that text, and where to translate it. */
    record Gap(String title, String language, String href) {}

    /** How many lack one, and the most recently changed of them. */
    record Gaps(long total, List<Gap> first) {}
}
