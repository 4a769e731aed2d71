package org.crossroads.directory.web;

import java.util.List;
import java.util.Locale;
import org.crossroads.directory.RelatedRecords;
import org.crossroads.directory.RelatedRecords.Section;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Collects the sections that other modules contribute to city and organisation pages. */
@Component
class Related {

    private final ObjectProvider<RelatedRecords> providers;

    Related(ObjectProvider<RelatedRecords> providers) {
        this.providers = providers;
    }

    List<Section> forPlace(long placeId, Locale locale) {
        return providers.orderedStream().flatMap(p -> p.forPlace(placeId, locale).stream())
                .filter(s -> !s.items().isEmpty()).toList();
    }

    List<Section> forOrganisation(long organisationId, Locale locale) {
        return providers.orderedStream().flatMap(p -> p.forOrganisation(organisationId, locale).stream())
                .filter(s -> !s.items().isEmpty()).toList();
    }
}
