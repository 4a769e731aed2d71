package org.crossroads.inventory.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.crossroads.accounts.PublicNames;
import org.springframework.context.i18n.LocaleContextHolder;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Places;
import org.crossroads.inventory.Initiative;
import org.crossroads.inventory.InitiativeLinks;
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
        InitiativeLinks links = InitiativeLinks.of(initiatives, places, organisations);
        // authors by the name the public sees, never by login username
        UnaryOperator<String> names = publicNames.forReaders(LocaleContextHolder.getLocale());
        List<InitiativeResource> resources = new ArrayList<>(initiatives.size());
        for (Initiative i : initiatives) {
            resources.add(new InitiativeResource(i.id(), i.externalId(), "/initiatives/" + i.id(), i.name(), i.summary(),
                    i.activityType(), i.themes(),
                    links.placesOf(i).stream()
                            .map(p -> new InitiativeResource.PlaceRef(p.id(), p.name(), p.countryCode(), p.latitude(),
                                    p.longitude(), p.reference())).toList(),
                    i.countryCodes(), i.networkWide(), orgs(i.networkIds(), links), orgs(i.implementerIds(), links),
                    orgs(i.partnerIds(), links), orgs(i.donorIds(), links), i.start(), i.end(), i.status(),
                    i.links(), i.gcmObjectives(), i.gcrObjectives(), i.sdgTargets(), i.lampedusaPrinciples(), i.routes(),
                    i.translations(), i.language(), i.source(), names.apply(i.createdBy()), i.createdAt() == null ? null : i.createdAt().toString(),
                    names.apply(i.updatedBy()), i.updatedAt() == null ? null : i.updatedAt().toString()));
        }
        return resources;
    }

    private static List<InitiativeResource.OrganisationRef> orgs(List<Long> ids, InitiativeLinks links) {
        return links.organisations(ids).stream()
                .map(o -> new InitiativeResource.OrganisationRef(o.id(), o.externalId(), o.name())).toList();
    }
}
