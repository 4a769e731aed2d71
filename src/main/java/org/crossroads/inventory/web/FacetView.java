package org.crossroads.inventory.web;

import java.util.List;

/** One facet on the search page: its parameter, its legend's message key and the values to offer. */
record FacetView(String parameter, String legendKey, List<Option> options) {

    record Option(String value, String label, int count, boolean selected) {}
}
