package org.crossroads.inventory;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;

/**
 * The places and organisations a list of initiatives links to, read in one query each: what the pages' cards and the
 * API's resources both resolve before they show initiatives their own way (labels for people, codes for machines).
 */
public record InitiativeLinks(Map<Long, Place> places, Map<Long, Organisation> organisations) {

    public static InitiativeLinks of(List<Initiative> initiatives, Places places, Organisations organisations) {
        Set<Long> placeIds = new HashSet<>();
        Set<Long> organisationIds = new HashSet<>();
        for (Initiative i : initiatives) {
            placeIds.addAll(i.placeIds());
            organisationIds.addAll(i.networkIds());
            organisationIds.addAll(i.implementerIds());
            organisationIds.addAll(i.partnerIds());
            organisationIds.addAll(i.donorIds());
        }
        return new InitiativeLinks(places.findAll(placeIds), organisations.findAll(organisationIds));
    }

    /** The places of an initiative the directory still holds, in its order. */
    public List<Place> placesOf(Initiative i) {
        return i.placeIds().stream().map(places::get).filter(Objects::nonNull).toList();
    }

    /** The organisations of these ids the directory still holds, in their order. */
    public List<Organisation> organisations(List<Long> ids) {
        return ids.stream().map(organisations::get).filter(Objects::nonNull).toList();
    }
}
