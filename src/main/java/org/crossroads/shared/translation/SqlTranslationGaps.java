package org.crossroads.shared.translation;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Gaps of a table whose records keep their translations as {@code translations -> language -> field} (V23, V36, V60…):
 * the records written in another language whose {@code field} has no translation into the one asked. The table, its
 * filter of published records and the other names are the owning module's, written in its own configuration.
 *
 * @param table     the module's table
 * @param title     the column shown as the record's title
 * @param field     the translated field that must be there (the record's main text)
 * @param language  the SQL expression of the record's own language ({@code language}, or {@code 'en'})
 * @param published the SQL condition of the records the public sees
 * @param href      the record's page, to which its id is appended
 */
public record SqlTranslationGaps(JdbcClient jdbc, String kind, int order, String table, String title, String field,
        String language, String published, String href) implements TranslationGaps {

    @Override
    public Gaps missing(String into, int limit) {
        String where = " from " + table + " where " + published + " and " + language + " <> :into"
                + " and coalesce(translations -> :into ->> :field, '') = ''";
        long total = jdbc.sql("select count(*)" + where).param("into", into).param("field", field).query(Long.class).single();
        var first = jdbc.sql("select id, " + title + " as title, " + language + " as language" + where
                        + " order by coalesce(updated_at, created_at) desc, id desc limit :limit")
                .param("into", into).param("field", field).param("limit", limit)
                .query((rs, n) -> new Gap(rs.getString("title"), rs.getString("language"), href + rs.getLong("id"))).list();
        return new Gaps(total, first);
    }
}
