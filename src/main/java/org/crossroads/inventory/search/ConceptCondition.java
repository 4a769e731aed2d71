package org.crossroads.inventory.search;

import java.util.Set;

/**
 * What one concept of a query asks of an initiative: that its words match the tsquery (the text of
 * {@code crossroads_alternatives_query} for the concept's phrases), or that it names one of the places, organisations,
 * activity types or themes the concept stands for.
 */
record ConceptCondition(String tsquery, Set<String> placeIds, Set<Long> organisationIds, Set<String> activityTypes,
        Set<String> themes) {

    ConceptCondition {
        placeIds = Set.copyOf(placeIds);
        organisationIds = Set.copyOf(organisationIds);
        activityTypes = Set.copyOf(activityTypes);
        themes = Set.copyOf(themes);
    }
}
