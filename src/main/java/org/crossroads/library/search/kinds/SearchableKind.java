package org.crossroads.library.search.kinds;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crossroads.accounts.Editor;
import org.crossroads.shared.search.UnderstoodQuery;

/**
 * A kind of record of another module in the one search (docs/library.md, "One search"). Its search applies the
 * reader's access, as the kind's own list does, and counts its facets under the same access in one grouped statement
 * (`shared.search.FacetSql`).
 */
public interface SearchableKind {

    /** The kind's code, as the one search names it ({@code pledges}): one of {@code PlatformSearch.Kind}'s. */
    String code();

    /**
     * The records matching the words and the selected facet values, the first {@code size} in the order of relevance.
     *
     * @param selected facet parameter ({@code theme}, {@code country}, {@code city}) → the values chosen
     */
    Result search(String q, Map<String, Set<String>> selected, int size, Optional<Editor> reader, Locale locale);

    /**
     * @param understood the query as understood (perhaps corrected), or null when it was not
     * @param counts facet parameter → value → how many matching records have it
     */
    record Result(long total, List<Hit> hits, UnderstoodQuery understood, Map<String, Map<String, Long>> counts) {

        public static Result none() {
            return new Result(0, List.of(), null, Map.of());
        }
    }

    /**
     * One record found.
     *
     * @param text the text whose words the search page marks, in the reader's language
     */
    record Hit(long id, String title, String href, String text) {}
}
