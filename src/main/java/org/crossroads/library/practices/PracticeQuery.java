package org.crossroads.library.practices;

import java.util.Map;
import org.crossroads.shared.web.ListSort;

/**
 * Filters of the practice list: a theme code, a country (ISO alpha-2), a city (any of the practice's cities), a
 * route role and size class of the context, and words read in four languages ({@link PracticeReads}: the title,
 * variant names, translations, sections and cities, or the places and themes a name stands for). Null means any.
 *
 * @param sort   relevance to the words (the default with words), name (the title as the reader sees it; the default
 *               without words) or last change; a practice has no date of its own
 * @param reader the reader's language (ISO 639-1), whose translated titles the name order follows
 */
public record PracticeQuery(String theme, String country, Long placeId, String routeRole, String sizeClass, String text,
        ListSort sort, String reader) {

    public static final PracticeQuery ALL = new PracticeQuery(null, null, null, null, null, null);

    public PracticeQuery {
        boolean words = text != null && !text.isBlank();
        sort = sort == null || sort == ListSort.DATE || sort == ListSort.RELEVANCE && !words
                ? (words ? ListSort.RELEVANCE : ListSort.NAME) : sort;
        reader = reader == null ? "" : reader;
    }

    /** By relevance with words, else by title as written. */
    public PracticeQuery(String theme, String country, Long placeId, String routeRole, String sizeClass, String text) {
        this(theme, country, placeId, routeRole, sizeClass, text, null, null);
    }

    /** The condition and its parameters; {@code visible} is the reader's publication condition. */
    String where(String visible, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" where (").append(visible).append(')');
        if (theme != null) {
            w.append(" and :theme = any(p.themes)");
            params.put("theme", theme);
        }
        if (country != null) {
            w.append(" and :country = any(p.country_codes)");
            params.put("country", country);
        }
        if (placeId != null) {
            w.append(" and (p.place_id = :place or exists(select 1 from practice_place pp where pp.practice_id = p.id "
                    + "and pp.place_id = :place))");
            params.put("place", placeId);
        }
        if (routeRole != null) {
            w.append(" and p.route_role = :routeRole");
            params.put("routeRole", routeRole);
        }
        if (sizeClass != null) {
            w.append(" and p.size_class = :sizeClass");
            params.put("sizeClass", sizeClass);
        }
        return w.toString();
    }
}
