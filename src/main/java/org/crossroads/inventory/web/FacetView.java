package org.crossroads.inventory.web;

import java.util.List;

/** One facet on the search page: its parameter, its legend's message key and the values to offer. */
record FacetView(String parameter, String legendKey, List<Option> options) {

    /** @param others records of other modules for this value (pledges per GCM objective), each a count and a link */
    record Option(String value, String label, int count, boolean selected, List<Other> others) {

        Option(String value, String label, int count, boolean selected) {
            this(value, label, count, selected, List.of());
        }
    }

    /** "3 pledges", linked to their list. */
    record Other(String text, String href) {}
}
