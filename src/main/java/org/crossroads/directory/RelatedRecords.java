package org.crossroads.directory;

import java.util.List;
import java.util.Locale;

/**
 * Lets modules that depend on the directory show their records on city and organisation pages (the
 * inventory lists a city's initiatives), and on event and initiative pages (the library lists their documents:
 * those modules cannot depend on the library, which depends on them). The pages render the sections of every
 * bean that implements this interface, in bean order.
 */
@org.springframework.modulith.NamedInterface("api")
public interface RelatedRecords {

    /** Sections for the page of a place; empty when this module has nothing about it. */
    List<Section> forPlace(long placeId, Locale locale);

    /** Sections for the page of an organisation; empty when this module has nothing about it. */
    List<Section> forOrganisation(long organisationId, Locale locale);

    /** Sections for the page of a learning event (the library lists its learning reports); empty by default. */
    default List<Section> forEvent(long eventId, Locale locale) {
        return List.of();
    }

    /** Sections for the page of an initiative (the library lists its documents); empty by default. */
    default List<Section> forInitiative(long initiativeId, Locale locale) {
        return List.of();
    }

    /**
     * A titled list on a page.
     *
     * @param titleKey message key of the heading, e.g. {@code inventory.related.initiatives}
     * @param mapLayer the address of a GeoJSON FeatureCollection of points that the page's map shows too
     *     (their properties {@code name}, {@code href}, {@code detail}, {@code lines} and {@code url} make
     *     the popups), or null; the items must list the same records for readers without JavaScript
     */
    record Section(String titleKey, List<Item> items, String mapLayer) {

        public Section(String titleKey, List<Item> items) {
            this(titleKey, items, null);
        }
    }

    /**
     * One linked line.
     *
     * @param href a path such as {@code /initiatives/12}
     * @param detail a short second line (already in the reader's language), or null
     */
    record Item(String label, String href, String detail) {
    }
}
