package org.crossroads.inventory.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.crossroads.accounts.PublicNames;
import org.springframework.context.i18n.LocaleContextHolder;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.inventory.Initiative;
import org.springframework.stereotype.Component;

/** Builds {@link InitiativeResource}s, reading linked places and organisations in one query each. */
@Component
public class InitiativeResources {

    private final Places places;
    private final Organisations organisations;
    private final PublicNames publicNames;

    InitiativeResources(Places places, Organisations organisations, PublicNames publicNames) {
        this.places = places;
        this.organisations = organisations;
        this.publicNames = publicNames;
    }

    public List<InitiativeResource> of(List<Initiative> initiatives) {
        Set<Long> placeIds = new HashSet<>();
        Set<Long> orgIds = new HashSet<>();
        for (Initiative i : initiatives) {
            placeIds.addAll(i.placeIds());
            orgIds.addAll(i.networkIds());
            orgIds.addAll(i.implementerIds());
            orgIds.addAll(i.partnerIds());
            orgIds.addAll(i.donorIds());
        }
        Map<Long, Place> placesById = places.findAll(placeIds);
        Map<Long, Organisation> orgsById = organisations.findAll(orgIds);
        // authors by the name the public sees, never by login username
        UnaryOperator<String> names = publicNames.forReaders(LocaleContextHolder.getLocale());
        List<InitiativeResource> resources = new ArrayList<>(initiatives.size());
        for (Initiative i : initiatives) {
            resources.add(new InitiativeResource(i.id(), i.externalId(), "/initiatives/" + i.id(), i.name(), i.summary(),
                    i.activityType(), i.themes(),
                    i.placeIds().stream().map(placesById::get).filter(p -> p != null)
                            .map(p -> new InitiativeResource.PlaceRef(p.id(), p.name(), p.countryCode(), p.latitude(),
                                    p.longitude(), p.reference())).toList(),
                    i.countryCodes(), i.networkWide(), orgs(i.networkIds(), orgsById), orgs(i.implementerIds(), orgsById),
                    orgs(i.partnerIds(), orgsById), orgs(i.donorIds(), orgsById), i.start(), i.end(), i.status(),
                    i.links(), i.gcmObjectives(), i.gcrObjectives(), i.sdgTargets(), i.lampedusaPrinciples(), i.routes(),
                    i.translations(), i.language(), i.source(), names.apply(i.createdBy()), i.createdAt() == null ? null : i.createdAt().toString(),
                    names.apply(i.updatedBy()), i.updatedAt() == null ? null : i.updatedAt().toString()));
        }
        return resources;
    }

    private static List<InitiativeResource.OrganisationRef> orgs(List<Long> ids, Map<Long, Organisation> byId) {
        return ids.stream().map(byId::get).filter(o -> o != null)
                .map(o -> new InitiativeResource.OrganisationRef(o.id(), o.externalId(), o.name())).toList();
    }
}
