package org.crossroads.directory.web;

import org.crossroads.shared.web.RecordNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.audit.AuditTrail;
import org.crossroads.directory.DirectoryPermissions;
import org.crossroads.directory.DirectorySettings;
import org.crossroads.directory.Memberships;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Partnerships;
import org.crossroads.directory.Place;
import org.crossroads.directory.PlaceNames;
import org.crossroads.directory.PlaceQuery;
import org.crossroads.directory.Places;
import org.crossroads.directory.ResultPage;
import org.crossroads.shared.search.Lexicon;
import org.crossroads.shared.search.QueryConcept;
import org.crossroads.shared.search.UnderstoodQuery;
import org.crossroads.shared.vocabulary.MatchKey;
import org.crossroads.shared.web.ListSort;
import org.crossroads.shared.web.Pager;
import org.crossroads.shared.web.Sorting;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public city pages: the list with its filters, a city's profile, its point as GeoJSON, its history. */
@Controller
class CityPages {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final Places places;
    private final Memberships memberships;
    private final Partnerships partnerships;
    private final Organisations organisations;
    private final Related related;
    private final AuditTrail audit;
    private final CurrentEditor currentEditor;
    private final DirectoryPermissions permissions;
    private final DirectorySettings settings;
    private final PlaceNames placeNames;

    CityPages(Places places, Memberships memberships, Partnerships partnerships, Organisations organisations,
            Related related, AuditTrail audit, CurrentEditor currentEditor, DirectoryPermissions permissions,
            DirectorySettings settings, PlaceNames placeNames) {
        this.placeNames = placeNames;
        this.places = places;
        this.memberships = memberships;
        this.partnerships = partnerships;
        this.organisations = organisations;
        this.related = related;
        this.audit = audit;
        this.currentEditor = currentEditor;
        this.permissions = permissions;
        this.settings = settings;
    }

    @GetMapping("/cities")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String country,
            @RequestParam(defaultValue = "") String role, @RequestParam(defaultValue = "") String route,
            @RequestParam(defaultValue = "") String sizeClass, @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") String page, HttpServletRequest request, Locale locale, Model model) {
        int pageNumber = page.matches("\\d{1,6}") ? Integer.parseInt(page) : 0;
        Sorting sorting = sorting(sort, q);
        PlaceQuery query = new PlaceQuery(q, country, role, route, sizeClass, pageNumber, settings.pageSize(),
                sorting.chosen(), locale.getLanguage());
        ResultPage<Place> result = places.list(query);
        UnderstoodQuery understood = null;
        if (result.total() == 0 && !query.q().isEmpty()) {
            // nothing under the name as typed: the most alike place name one edit away ("Tangeir"), if any
            String written = MatchKey.of(query.q());
            List<String> alike = places.nearestMatches(query.q(), 50).stream().map(p -> MatchKey.of(p.name())).toList();
            var nearest = Lexicon.of(alike).nearest(written);
            if (nearest.isPresent()) {
                understood = new UnderstoodQuery(query.q(), List.of(new QueryConcept(written, Set.of(written, nearest.get()), Map.of())),
                        List.of(new UnderstoodQuery.Correction(written, nearest.get())), List.of());
                result = places.list(query.named(nearest.get()));
            }
        }
        model.addAttribute("understood", understood);
        List<String> countries = Stream.concat(places.knownCountries().stream(),
                query.country().isEmpty() ? Stream.empty() : Stream.of(query.country())).distinct().toList();
        model.addAttribute("query", query);
        model.addAttribute("result", result);
        model.addAttribute("names", placeNames.in(result.items(), locale));
        model.addAttribute("countries", countries);
        model.addAttribute("sorting", sorting);
        model.addAttribute("pager", Pager.countingFromZero(request, query.page(), result.total(), query.size()));
        model.addAttribute("mayAdd", currentEditor.get().map(permissions::mayAddLocalAuthority).orElse(false));
        return "directory/cities";
    }

    /** The orders of the city list: relevance with a name, else by name; by last change. Places have no date of their own. */
    static Sorting sorting(String sort, String q) {
        return Sorting.read(sort, q != null && !q.isBlank(), ListSort.NAME, ListSort.NAME, ListSort.CHANGED);
    }

    @GetMapping("/cities/{id:\\d+}")
    String show(@PathVariable long id, Locale locale, Model model) {
        Place place = places.find(id).orElseThrow(() -> new RecordNotFoundException("place", id));
        var cityMemberships = memberships.ofPlace(id);
        var cityPartnerships = partnerships.ofPlace(id);
        Set<Long> partnerIds = cityPartnerships.stream().map(p -> p.partnerOf(id)).collect(Collectors.toSet());
        model.addAttribute("place", place);
        // a name given in the reader's language, else on Arabic pages the gazetteer's Arabic-script name
        String localName = places.localNames(id).get(locale.getLanguage());
        if (localName == null) {
            String inScript = placeNames.in(place, locale);
            localName = inScript.equals(place.name()) ? null : inScript;
        }
        model.addAttribute("localName", localName);
        model.addAttribute("provenance", places.provenance(id).orElse(null));
        model.addAttribute("memberships", cityMemberships);
        model.addAttribute("organisations", organisations.findAll(
                cityMemberships.stream().map(m -> m.organisationId()).collect(Collectors.toSet())));
        model.addAttribute("partnerships", cityPartnerships);
        model.addAttribute("partners", places.findAll(partnerIds));
        model.addAttribute("sections", related.forPlace(id, locale));
        var editor = currentEditor.get();
        model.addAttribute("mayEdit", editor.map(e -> permissions.mayDescribe(e, id)).orElse(false));
        model.addAttribute("mayChangePartnerships", editor.map(e -> permissions.mayChangePartnershipsOf(e, id)).orElse(false));
        return "directory/city";
    }

    @GetMapping(path = "/cities/{id:\\d+}.geojson", produces = "application/geo+json")
    ResponseEntity<Map<String, Object>> geoJson(@PathVariable long id) {
        Place place = places.find(id).orElseThrow(() -> new RecordNotFoundException("place", id));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", place.name());
        properties.put("country", place.countryCode());
        properties.put("sizeClass", place.sizeClass());
        properties.put("href", "/cities/" + id);
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", id);
        feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(place.longitude(), place.latitude())));
        feature.put("properties", properties);
        return ResponseEntity.ok().contentType(GEO_JSON)
                .body(Map.of("type", "FeatureCollection", "features", List.of(feature)));
    }

    @GetMapping("/cities/{id:\\d+}/history")
    String history(@PathVariable long id, Model model) {
        Place place = places.find(id).orElseThrow(() -> new RecordNotFoundException("place", id));
        model.addAttribute("subject", place.name());
        model.addAttribute("backHref", "/cities/" + id);
        model.addAttribute("changes", audit.history("place", id));
        return "directory/history";
    }
}
