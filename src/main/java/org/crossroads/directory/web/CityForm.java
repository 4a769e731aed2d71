package org.crossroads.directory.web;

import java.util.List;

/** The place form: roles, routes, names in other languages, source, and the version the editor saw. */
record CityForm(List<String> roles, List<String> routes, String nameFr, String nameAr, String nameEs, String source,
        Integer version) {
}
