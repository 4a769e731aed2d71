package org.crossroads.commitments.web;

import org.crossroads.shared.web.RecordNotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.commitments.CommitmentPermissions;
import org.crossroads.commitments.Framework;
import org.crossroads.commitments.Frameworks;
import org.crossroads.commitments.PledgeQuery;
import org.crossroads.commitments.Pledges;
import org.crossroads.commitments.Signature;
import org.crossroads.directory.Place;
import org.crossroads.directory.PlaceNames;
import org.crossroads.directory.Places;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The frameworks, and a framework's page: its text's articles, the reviews it reports to, its signatories on a map
 * and as a list (restricted ones counted, not named), its pledges by status now and as they stood at each review.
 */
@Controller
class FrameworkPages {

    /** Pledges listed on a framework's page; the pledge list pages through the rest. */
    static final int PLEDGES_SHOWN = 50;

    private final Frameworks frameworks;
    private final Pledges pledges;
    private final CommitmentViews views;
    private final CommitmentPermissions permissions;
    private final Places places;
    private final PlaceNames placeNames;
    private final CurrentEditor currentEditor;

    FrameworkPages(Frameworks frameworks, Pledges pledges, CommitmentViews views, CommitmentPermissions permissions,
            Places places, PlaceNames placeNames, CurrentEditor currentEditor) {
        this.frameworks = frameworks;
        this.pledges = pledges;
        this.views = views;
        this.permissions = permissions;
        this.places = places;
        this.placeNames = placeNames;
        this.currentEditor = currentEditor;
    }

    @GetMapping("/frameworks")
    String list(Locale locale, Model model) {
        Optional<Editor> reader = currentEditor.get();
        model.addAttribute("frameworks", frameworks.all().stream().map(f -> views.summary(f, reader, locale)).toList());
        model.addAttribute("mayWrite", reader.map(permissions::mayRunRounds).orElse(false));
        return "commitments/frameworks";
    }

    @GetMapping("/frameworks/{id:\\d+}")
    String framework(@PathVariable long id, Locale locale, Model model) {
        Optional<Editor> reader = currentEditor.get();
        Framework f = find(id);
        PledgeQuery query = PledgeQuery.ofFramework(id);
        model.addAttribute("framework", views.framework(f, reader, locale));
        model.addAttribute("statedSources", f.stated().stream().map(Framework.StatedCount::source)
                .filter(java.util.Objects::nonNull).toList());
        model.addAttribute("pledges", views.pledgeSummaries(pledges.search(query, reader, PLEDGES_SHOWN, 0), locale));
        model.addAttribute("pledgeCount", pledges.count(query, reader));
        model.addAttribute("mayRecord", reader.map(e -> e.role() != org.crossroads.accounts.Role.CONTRIBUTOR).orElse(false));
        model.addAttribute("editableSignatures", reader.map(e -> frameworks.signatures(id, reader).stream()
                .filter(s -> permissions.mayEditFor(s.placeId() == null ? List.of() : List.of(s.placeId()),
                        s.organisationId() == null ? List.of() : List.of(s.organisationId()), e))
                .map(Signature::id).collect(java.util.stream.Collectors.toSet())).orElse(java.util.Set.of()));
        model.addAttribute("mayRunRounds", reader.map(permissions::mayRunRounds).orElse(false));
        return "commitments/framework";
    }

    /** The signatory cities this reader may see, as points for the framework page's map. */
    @GetMapping(value = "/frameworks/{id:\\d+}/signatories.geojson", produces = "application/geo+json")
    ResponseEntity<Map<String, Object>> signatories(@PathVariable long id, Locale locale) {
        find(id);
        List<Signature> signed = frameworks.signatures(id, currentEditor.get()).stream()
                .filter(s -> s.placeId() != null).toList();
        Map<Long, Place> cities = places.findAll(signed.stream().map(Signature::placeId).toList());
        Map<Long, String> names = placeNames.in(cities.values(), locale);
        List<Map<String, Object>> features = signed.stream().filter(s -> cities.containsKey(s.placeId())).map(s -> {
                    Place p = cities.get(s.placeId());
                    Map<String, Object> properties = new LinkedHashMap<>();
                    properties.put("name", names.get(p.id()));
                    properties.put("href", "/cities/" + p.id());
                    properties.put("detail", s.signed() == null ? null : s.signed().iso());
                    Map<String, Object> feature = new LinkedHashMap<>();
                    feature.put("type", "Feature");
                    feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(p.longitude(), p.latitude())));
                    feature.put("properties", properties);
                    return feature;
                }).toList();
        return ResponseEntity.ok().contentType(MediaType.valueOf("application/geo+json"))
                .body(Map.of("type", "FeatureCollection", "features", features));
    }

    private Framework find(long id) {
        return frameworks.find(id).orElseThrow(() -> new RecordNotFoundException("framework", id));
    }
}
