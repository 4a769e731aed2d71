package org.crossroads.directory.web;

import java.util.List;

/** The form that adds a partnership of a city with a partner city named by reference. */
record PartnershipForm(String partner, String kind, List<String> topics, String since, String until, String source) {
}
