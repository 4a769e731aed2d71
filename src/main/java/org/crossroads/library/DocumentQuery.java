package org.crossroads.library;

/**
 * The filters of a list of documents (the library page, the API, the exports), each null when not given, and the
 * page (from 1) and its size.
 *
 * @param placeId a city of the document; {@code networkId} a network it belongs to
 * @param language a language the document is written or available in
 * @param q words that must all occur in the title, the summary or their translations
 */
public record DocumentQuery(String type, String theme, String country, Long placeId, Long networkId, Integer year,
        String language, String access, String q, int page, int size) {

    public static final int MAX_SIZE = 200;
    /** The most one export writes: a list longer than this is narrowed with filters first. */
    public static final int MAX_EXPORT = 10_000;

    public static DocumentQuery all(int page, int size) {
        return new DocumentQuery(null, null, null, null, null, null, null, null, null, page, size);
    }

    public DocumentQuery withPage(int page, int size) {
        return new DocumentQuery(type, theme, country, placeId, networkId, year, language, access, q, page, size);
    }
}
