package org.crossroads.library;

import org.crossroads.shared.web.ListSort;

/**
 * The filters of a list of documents (the library page, the API, the exports), each null when not given, and the
 * page (from 1) and its size.
 *
 * @param placeId a city of the document; {@code networkId} a network it belongs to
 * @param language a language the document is written or available in
 * @param q words that must all occur in the title, the summary or their translations
 * @param sort relevance to the words (the default with words), date (the year and day of publication, newest first;
 *             the default without words), name (the title as the reader sees it) or last change
 * @param reader the reader's language (ISO 639-1), whose translated titles the name order follows
 */
public record DocumentQuery(String type, String theme, String country, Long placeId, Long networkId, Integer year,
        String language, String access, String q, int page, int size, ListSort sort, String reader) {

    public static final int MAX_SIZE = 200;
    /** The most one export writes: a list longer than this is narrowed with filters first. */
    public static final int MAX_EXPORT = 10_000;

    public DocumentQuery {
        boolean words = q != null && !q.isBlank();
        sort = sort == null || sort == ListSort.RELEVANCE && !words ? (words ? ListSort.RELEVANCE : ListSort.DATE) : sort;
        reader = reader == null ? "" : reader;
    }

    /** By relevance with words, else newest first. */
    public DocumentQuery(String type, String theme, String country, Long placeId, Long networkId, Integer year,
            String language, String access, String q, int page, int size) {
        this(type, theme, country, placeId, networkId, year, language, access, q, page, size, null, null);
    }

    public static DocumentQuery all(int page, int size) {
        return new DocumentQuery(null, null, null, null, null, null, null, null, null, page, size);
    }

    /** The same list in another order, titles compared in the reader's language. */
    public DocumentQuery sorted(ListSort newSort, String readerLanguage) {
        return new DocumentQuery(type, theme, country, placeId, networkId, year, language, access, q, page, size, newSort,
                readerLanguage);
    }

    public DocumentQuery withPage(int page, int size) {
        return new DocumentQuery(type, theme, country, placeId, networkId, year, language, access, q, page, size, sort, reader);
    }
}
