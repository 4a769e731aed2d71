package org.crossroads.directory.web;

import java.util.List;

/** The form that adds a local authority missing from the gazetteer; numbers arrive as text. */
record LocalAuthorityForm(String name, String country, String population, String latitude, String longitude,
        List<String> roles, List<String> routes, String source) {
}
