package org.crossroads.inventory.web;

import java.util.List;
import java.util.Locale;
import org.crossroads.directory.RelatedRecords;
import org.crossroads.inventory.Initiative;
import org.crossroads.inventory.Initiatives;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.stereotype.Component;

/** Lists the published initiatives of a city or an organisation on its directory page. */
@Component
class InitiativesOnDirectoryPages implements RelatedRecords {

    private final Initiatives initiatives;
    private final Vocabularies vocabularies;

    InitiativesOnDirectoryPages(Initiatives initiatives, Vocabularies vocabularies) {
        this.initiatives = initiatives;
        this.vocabularies = vocabularies;
    }

    @Override
    public List<Section> forPlace(long placeId, Locale locale) {
        return section(initiatives.atPlace(placeId), locale);
    }

    @Override
    public List<Section> forOrganisation(long organisationId, Locale locale) {
        return section(initiatives.withOrganisation(organisationId), locale);
    }

    private List<Section> section(List<Initiative> found, Locale locale) {
        if (found.isEmpty()) {
            return List.of();
        }
        return List.of(new Section("inventory.related.initiatives", found.stream()
                .map(i -> new Item(i.name(locale), "/initiatives/" + i.id(), detail(i, locale)))
                .toList()));
    }

    private String detail(Initiative i, Locale locale) {
        String type = vocabularies.label(Vocabularies.ACTIVITY_TYPE, i.activityType(), locale);
        String period = Period.of(i.start(), i.end());
        return period.isEmpty() ? type : type + " · " + period;
    }
}
