package org.crossroads.shared.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crossroads.shared.vocabulary.Vocabularies;

/**
 * A query understood in four languages as one SQL condition on a record (documents, practices, events, outcomes):
 * every concept must match, either in the record's words or, for a name, through the places, organisations or theme
 * codes it stands for (the recipe of docs/library.md, "Composing it in a new search").
 *
 * @param vector          the record's tsvector column, e.g. {@code d.search}; or null when {@code moreText} reads it
 * @param moreText        a further text condition ({@code %1$s}: the tsquery), e.g. on the document's passages; or null
 * @param byPlaces        the condition for place ids ({@code %1$s}: the parameter); or null
 * @param byOrganisations the condition for organisation ids; or null
 * @param byThemes        the condition for theme codes (a text[] parameter); or null
 */
public record TextConcepts(String vector, String moreText, String byPlaces, String byOrganisations, String byThemes) {

    /** The condition (true when the query has no concepts); its parameters are added to {@code params}. */
    public String condition(UnderstoodQuery understood, String prefix, Map<String, Object> params) {
        StringBuilder all = new StringBuilder("true");
        List<QueryConcept> concepts = understood.concepts();
        for (int k = 0; k < concepts.size(); k++) {
            QueryConcept concept = concepts.get(k);
            String name = prefix + k;
            params.put(name + "a", concept.alternatives());
            String tsquery = "crossroads_alternatives_query(:" + name + "a)";
            List<String> any = new ArrayList<>();
            if (vector != null) {
                any.add(vector + " @@ " + tsquery);
            }
            if (moreText != null) {
                any.add(moreText.formatted(tsquery));
            }
            if (byPlaces != null && !concept.ids("place").isEmpty()) {
                any.add(byPlaces.formatted(":" + name + "p"));
                params.put(name + "p", concept.ids("place"));
            }
            if (byOrganisations != null && !concept.ids("organisation").isEmpty()) {
                any.add(byOrganisations.formatted(":" + name + "o"));
                params.put(name + "o", concept.ids("organisation"));
            }
            if (byThemes != null && !concept.references(Vocabularies.THEME).isEmpty()) {
                any.add(byThemes.formatted("cast(array[:" + name + "t] as text[])"));
                params.put(name + "t", concept.references(Vocabularies.THEME));
            }
            all.append(" and (").append(String.join(" or ", any)).append(')');
        }
        return all.toString();
    }
}
