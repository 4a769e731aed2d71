package org.crossroads.inventory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crossroads.inventory.api.InitiativeResource;
import org.crossroads.shared.vocabulary.ShownText;

/** An initiative as one row of the columns in {@link org.crossroads.inventory.InitiativeColumns}. */
final class InitiativeRow {

    private InitiativeRow() {
    }

    static List<Object> of(InitiativeResource r) {
        List<Object> row = new ArrayList<>();
        row.add(r.externalId());
        row.add(r.name());
        row.add(r.summary());
        row.add(r.activityType());
        row.add(r.themes());
        row.add(r.places().stream().map(p -> p.reference().startsWith("geonames:") ? p.name() + ", " + p.countryCode() : p.reference()).toList());
        row.add(r.countries());
        row.add(r.networkWide());
        row.add(r.networks().stream().map(InitiativeResource.OrganisationRef::externalId).toList());
        row.add(r.implementers().stream().map(InitiativeResource.OrganisationRef::externalId).toList());
        row.add(r.partners().stream().map(InitiativeResource.OrganisationRef::externalId).toList());
        row.add(r.donors().stream().map(InitiativeResource.OrganisationRef::externalId).toList());
        row.add(r.start());
        row.add(r.end());
        row.add(r.status());
        row.add(r.links());
        row.add(r.gcmObjectives());
        row.add(r.gcrObjectives());
        row.add(r.sdgTargets());
        row.add(r.lampedusaPrinciples());
        row.add(r.routes());
        row.add(r.source());
        row.add(r.language());
        for (String language : ShownText.LANGUAGES) {
            Map<String, String> t = r.translations().getOrDefault(language, Map.of());
            row.add(t.get("name"));
            row.add(t.get("summary"));
        }
        return row;
    }
}
