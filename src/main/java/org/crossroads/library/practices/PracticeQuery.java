package org.crossroads.library.practices;

import java.util.Map;

/**
 * Filters of the practice list: a theme code, a country (ISO alpha-2), a city (any of the practice's cities), a
 * route role and size class of the context, and words found in the title, variant names, translations or sections
 * (accents and case ignored). Null means any.
 */
public record PracticeQuery(String theme, String country, Long placeId, String routeRole, String sizeClass, String text) {

    public static final PracticeQuery ALL = new PracticeQuery(null, null, null, null, null, null);

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
        if (text != null && !text.isBlank()) {
            // every word somewhere in the practice's own words, in any of its languages
            String[] words = text.strip().split("\\s+");
            for (int i = 0; i < words.length && i < 10; i++) {
                w.append(" and unaccent(lower(p.title || ' ' || array_to_string(p.variant_names, ' ') || ' ' || "
                        + "p.translations::text || ' ' || concat_ws(' ', p.problem, p.identified, p.approach, p.actors, "
                        + "p.results, p.success_factors, p.transfer_principles))) like unaccent(lower(:word").append(i)
                        .append("))");
                params.put("word" + i, "%" + words[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        return w.toString();
    }
}
