package org.crossroads.directory.internal;

import java.util.List;
import java.util.Optional;
import org.crossroads.accounts.Affiliations;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Places;
import org.springframework.stereotype.Component;

/** Lets account administration name the organisation or city an editor works for. */
@Component
class DirectoryAffiliations implements Affiliations {

    private final Organisations organisations;
    private final Places places;

    DirectoryAffiliations(Organisations organisations, Places places) {
        this.organisations = organisations;
        this.places = places;
    }

    @Override
    public Optional<Affiliation> organisation(String reference) {
        return organisations.resolve(reference).map(o -> new Affiliation(o.id(), o.shortName()));
    }

    @Override
    public Optional<Affiliation> place(String reference) {
        return places.resolve(reference).map(p -> new Affiliation(p.id(), p.name() + ", " + p.countryCode()));
    }

    @Override
    public Optional<String> organisationName(long id) {
        return organisations.find(id).map(Organisation::shortName);
    }

    @Override
    public List<Affiliation> networks() {
        return organisations.networks().stream().map(o -> new Affiliation(o.id(), o.shortName()))
                .sorted(java.util.Comparator.comparing(Affiliation::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Override
    public Optional<String> placeName(long id) {
        return places.find(id).map(p -> p.name() + ", " + p.countryCode());
    }
}
