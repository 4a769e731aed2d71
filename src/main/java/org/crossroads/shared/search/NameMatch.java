package org.crossroads.shared.search;

import java.util.Set;

/**
 * A record that a query phrase names: a place whose alternate name it is, an organisation whose acronym it
 * is, a vocabulary term whose label it is in some language.
 *
 * @param kind what the record is: {@code place}, {@code organisation}, or a vocabulary's name
 *     ({@code activity_type}, {@code theme}…) for a term
 * @param value the record's id or the term's code
 * @param label how to name the record to the reader ("Mixed Migration Centre")
 * @param names every name the record goes by, in any language or script; a search for the phrase also
 *     searches text for these
 */
public record NameMatch(String kind, String value, String label, Set<String> names) {

    public NameMatch {
        names = Set.copyOf(names);
    }
}
