package org.crossroads.directory.web;

import org.crossroads.shared.web.RecordNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.crossroads.directory.Membership;
import org.crossroads.directory.Memberships;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.OrganisationQuery;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Partnership;
import org.crossroads.directory.Partnerships;
import org.crossroads.directory.Place;
import org.crossroads.directory.PlaceQuery;
import org.crossroads.directory.Places;
import org.crossroads.directory.ResultPage;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.directory.web.ApiModel.City;
import org.crossroads.directory.web.ApiModel.CityDetail;
import org.crossroads.directory.web.ApiModel.MembershipItem;
import org.crossroads.directory.web.ApiModel.OrganisationDetail;
import org.crossroads.directory.web.ApiModel.OrganisationItem;
import org.crossroads.directory.web.ApiModel.Paged;
import org.crossroads.directory.web.ApiModel.PartnershipItem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only JSON API of the directory: cities, organisations, memberships and partnerships. */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
@Tag(name = "Directory", description = "Cities and local authorities, organisations, memberships and city partnerships")
class DirectoryApi {

    private final Places places;
    private final Organisations organisations;
    private final Memberships memberships;
    private final Partnerships partnerships;
    private final ApiParameters parameters;

    DirectoryApi(Places places, Organisations organisations, Memberships memberships, Partnerships partnerships,
            ApiParameters parameters) {
        this.places = places;
        this.organisations = organisations;
        this.memberships = memberships;
        this.partnerships = partnerships;
        this.parameters = parameters;
    }

    @GetMapping("/cities")
    @Operation(summary = "Search cities", description = "Without q, lists the places the platform knows something "
            + "about (roles, routes, memberships, partnerships, added by hand); with q, searches the whole gazetteer.")
    Paged<City> cities(@Parameter(description = "name or its beginning") @RequestParam(required = false) String q,
            @Parameter(description = "ISO 3166-1 alpha-2 code") @RequestParam(required = false) String country,
            @Parameter(description = "vocabulary city_role") @RequestParam(required = false) String role,
            @Parameter(description = "vocabulary route") @RequestParam(required = false) String route,
            @Parameter(description = "vocabulary size_class: small, intermediary, metropolitan, unknown (population not known)")
            @RequestParam(required = false) String sizeClass,
            @Parameter(description = "the order: relevance (with q only, and then the default: the name searched for, then "
                    + "the most populous), name (A–Z by the name in the language of Accept-Language or lang, the default without "
                    + "q) or changed (most recently changed first); ties by id; any other value gives the default")
            @RequestParam(required = false) String sort,
            @Parameter(description = "page number from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "results per page, 1 to 200") @RequestParam(defaultValue = "20") int size,
            Locale locale) {
        PlaceQuery query = new PlaceQuery(q, parameters.country("country", country),
                parameters.code("role", Vocabularies.CITY_ROLE, role), parameters.code("route", Vocabularies.ROUTE, route),
                parameters.code("sizeClass", Vocabularies.SIZE_CLASS, sizeClass), parameters.page(page),
                parameters.size(size), CityPages.sorting(sort, q).chosen(), locale.getLanguage());
        ResultPage<Place> result = places.list(query);
        return new Paged<>(result.items().stream().map(City::of).toList(), result.total(), result.page(), result.size());
    }

    @GetMapping("/cities/{id}")
    @Operation(summary = "A city with its memberships and partnerships")
    CityDetail city(@PathVariable long id) {
        Place p = places.find(id).orElseThrow(() -> new RecordNotFoundException("place", id));
        List<Membership> cityMemberships = memberships.ofPlace(id);
        List<Partnership> cityPartnerships = partnerships.ofPlace(id);
        return new CityDetail(p.id(), p.reference(), p.name(), p.countryCode(), p.population(), p.latitude(),
                p.longitude(), p.sizeClass(), p.roles(), p.routes(), places.localNames(id),
                places.provenance(id).map(org.crossroads.directory.Provenance::source).orElse(null),
                membershipItems(cityMemberships), partnershipItems(cityPartnerships));
    }

    @GetMapping("/organisations")
    @Operation(summary = "Search published organisations")
    Paged<OrganisationItem> organisations(@Parameter(description = "name or acronym") @RequestParam(required = false) String q,
            @Parameter(description = "vocabulary organisation_type") @RequestParam(required = false) String type,
            @Parameter(description = "the order: relevance (with q only, and then the default: the name or acronym searched "
                    + "for, then those beginning with it), name (A–Z, the default without q) or changed (most recently changed "
                    + "first); ties by id; any other value gives the default")
            @RequestParam(required = false) String sort,
            @Parameter(description = "page number from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "results per page") @RequestParam(defaultValue = "20") int size) {
        var result = organisations.list(new OrganisationQuery(q,
                parameters.code("type", Vocabularies.ORGANISATION_TYPE, type), parameters.page(page), parameters.size(size),
                OrganisationPages.sorting(sort, q).chosen()));
        return new Paged<>(result.items().stream().map(OrganisationItem::of).toList(), result.total(), result.page(),
                result.size());
    }

    @GetMapping("/organisations/{id}")
    @Operation(summary = "A published organisation with its member cities")
    OrganisationDetail organisation(@PathVariable long id) {
        Organisation o = organisations.find(id).filter(x -> "published".equals(x.publication()))
                .orElseThrow(() -> new RecordNotFoundException("organisation", id));
        return new OrganisationDetail(o.id(), o.externalId(), o.name(), o.acronym(), o.alternateNames(), o.type(),
                o.countryCode(),
                o.placeId(), o.website(), o.description(), o.source(), membershipItems(memberships.ofOrganisation(id)));
    }

    @GetMapping("/memberships")
    @Operation(summary = "Memberships of cities in published organisations")
    List<MembershipItem> memberships(@Parameter(description = "organisation id") @RequestParam(required = false) Long organisation,
            @Parameter(description = "place id") @RequestParam(required = false) Long place) {
        return membershipItems(memberships.search(organisation, place));
    }

    @GetMapping("/partnerships")
    @Operation(summary = "City partnerships, of one place or the most recent 1,000")
    List<PartnershipItem> partnerships(@Parameter(description = "place id") @RequestParam(required = false) Long place) {
        return partnershipItems(place == null ? partnerships.all(1000) : partnerships.ofPlace(place));
    }

    private List<MembershipItem> membershipItems(List<Membership> list) {
        Set<Long> organisationIds = new HashSet<>();
        Set<Long> placeIds = new HashSet<>();
        list.forEach(m -> {
            organisationIds.add(m.organisationId());
            placeIds.add(m.placeId());
        });
        var organisationsById = organisations.findAll(organisationIds);
        var placesById = places.findAll(placeIds);
        return list.stream().map(m -> MembershipItem.of(m, organisationsById, placesById)).toList();
    }

    private List<PartnershipItem> partnershipItems(List<Partnership> list) {
        var placesById = places.findAll(list.stream().flatMap(c -> Stream.of(c.placeA(), c.placeB())).toList());
        return list.stream().map(c -> PartnershipItem.of(c, placesById)).toList();
    }
}
