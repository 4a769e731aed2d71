package org.crossroads.directory.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.crossroads.directory.Membership;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.Partnership;
import org.crossroads.directory.Place;

/** The JSON shapes of the directory API: dedicated records, never the stored types themselves. */
final class ApiModel {

    private ApiModel() {
    }

    record Paged<T>(List<T> items, long total, int page, int size) {
    }

    record City(long id, String reference, String name, String countryCode, Long population, double latitude,
            double longitude, String sizeClass, List<String> roles, List<String> routes, String href) {

        static City of(Place p) {
            return new City(p.id(), p.reference(), p.name(), p.countryCode(), p.population(), p.latitude(),
                    p.longitude(), p.sizeClass(), p.roles(), p.routes(), "/cities/" + p.id());
        }
    }

    record CityDetail(long id, String reference, String name, String countryCode, Long population, double latitude,
            double longitude, String sizeClass, List<String> roles, List<String> routes, Map<String, String> names,
            String source, List<MembershipItem> memberships, List<PartnershipItem> partnerships) {
    }

    record OrganisationItem(long id, String externalId, String name, String acronym, List<String> alternateNames,
            String type, String countryCode, Long cityId, String website, String href) {

        static OrganisationItem of(Organisation o) {
            return new OrganisationItem(o.id(), o.externalId(), o.name(), o.acronym(), o.alternateNames(), o.type(),
                    o.countryCode(), o.placeId(), o.website(), "/organisations/" + o.id());
        }
    }

    record OrganisationDetail(long id, String externalId, String name, String acronym, List<String> alternateNames,
            String type, String countryCode,
            Long cityId, String website, String description, String source, List<MembershipItem> members) {
    }

    record MembershipItem(long id, long organisationId, String organisation, long placeId, String place,
            String role, LocalDate since, LocalDate until, String source) {

        static MembershipItem of(Membership m, Map<Long, Organisation> organisations, Map<Long, Place> places) {
            Organisation o = organisations.get(m.organisationId());
            Place p = places.get(m.placeId());
            return new MembershipItem(m.id(), m.organisationId(), o == null ? null : o.shortName(), m.placeId(),
                    p == null ? null : p.name(), m.role(), m.since(), m.until(), m.source());
        }
    }

    record PartnershipItem(long id, long placeAId, String placeA, long placeBId, String placeB, String kind,
            List<String> topics, LocalDate since, LocalDate until, String source) {

        static PartnershipItem of(Partnership c, Map<Long, Place> places) {
            Place a = places.get(c.placeA());
            Place b = places.get(c.placeB());
            return new PartnershipItem(c.id(), c.placeA(), a == null ? null : a.name(), c.placeB(),
                    b == null ? null : b.name(), c.kind(), c.topics(), c.since(), c.until(), c.source());
        }
    }
}
