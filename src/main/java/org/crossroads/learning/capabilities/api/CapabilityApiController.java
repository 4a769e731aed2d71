package org.crossroads.learning.capabilities.api;

import org.crossroads.shared.web.RecordNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crossroads.directory.Memberships;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.learning.capabilities.CapabilityAssessment;
import org.crossroads.learning.capabilities.CapabilityAssessments;
import org.crossroads.learning.capabilities.CapabilityFramework;
import org.crossroads.learning.capabilities.CapabilityFrameworks;
import org.crossroads.learning.capabilities.CapabilityHeatMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Capability frameworks and cities' self-assessments in JSON. Scores and evidence are public: they are the
 * cities' own statements. Who entered them is not published.
 */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
@Tag(name = "Peer learning", description = "Events, participation statistics, surveys, capability assessments and outcomes")
class CapabilityApiController {

    private final CapabilityFrameworks frameworks;
    private final CapabilityAssessments assessments;
    private final Places places;
    private final Organisations organisations;
    private final Memberships memberships;

    CapabilityApiController(CapabilityFrameworks frameworks, CapabilityAssessments assessments, Places places,
            Organisations organisations, Memberships memberships) {
        this.frameworks = frameworks;
        this.assessments = assessments;
        this.places = places;
        this.organisations = organisations;
        this.memberships = memberships;
    }

    record Framework(long id, String code, Map<String, String> name, String source, int scaleMax,
            List<Capability> capabilities) {}

    record Capability(String code, int position, Map<String, String> name, List<Indicator> indicators) {}

    /** @param level individual, institutional or collective */
    record Indicator(String code, String level, int position, Map<String, String> text) {}

    record CityReference(long id, String name, String countryCode) {}

    record Assessment(long id, CityReference city, String framework, String period, OffsetDateTime assessedAt,
            int version, List<Score> scores) {}

    record Score(String indicator, String capability, String level, int score, String evidence) {}

    record HeatMap(String framework, Long network, int cities, List<Basis> basis, List<Cell> cells) {}

    record Basis(CityReference city, String period) {}

    record Cell(String capability, String level, double average, int cities) {}

    @GetMapping("/capability-frameworks")
    @Operation(summary = "Capability frameworks with their capabilities and indicators",
            description = "Texts in en, fr, ar and es where given. The Five Core Capabilities framework is built in; administrators add others.")
    List<Framework> frameworks() {
        return frameworks.all().stream().map(f -> new Framework(f.id(), f.code(), f.name().asMap(), f.source(),
                f.scaleMax(), f.capabilities().stream().map(c -> new Capability(c.code(), c.position(), c.name().asMap(),
                        c.indicators().stream().map(i -> new Indicator(i.code(), i.level(), i.position(), i.text().asMap()))
                                .toList())).toList())).toList();
    }

    @GetMapping("/capability-assessments")
    @Operation(summary = "A city's capability self-assessments with scores and evidence",
            description = "Oldest period first; only the given period when period is set (an empty list when the city did not assess it).")
    List<Assessment> assessments(
            @Parameter(description = "a city id", required = true) @RequestParam long place,
            @Parameter(description = "a framework code or id; the Five Core Capabilities by default") @RequestParam(required = false) String framework,
            @Parameter(description = "a year (2024) or a half year (2024-H1)") @RequestParam(required = false) String period) {
        Place city = places.find(place).orElseThrow(() -> new RecordNotFoundException("city", place));
        CapabilityFramework f = framework(framework);
        List<CapabilityAssessment> found = period == null || period.isBlank() ? assessments.ofPlace(place, f.id())
                : assessments.find(place, f.id(), period.strip()).map(List::of).orElse(List.of());
        Map<Long, CapabilityFramework.CapabilityIndicator> indicators = f.indicators().stream()
                .collect(Collectors.toMap(CapabilityFramework.CapabilityIndicator::id, i -> i));
        Map<Long, String> capabilityCodes = f.capabilities().stream()
                .collect(Collectors.toMap(CapabilityFramework.Capability::id, CapabilityFramework.Capability::code));
        CityReference reference = new CityReference(city.id(), city.name(), city.countryCode());
        return found.stream().map(a -> new Assessment(a.id(), reference, f.code(), a.period(), a.assessedAt(), a.version(),
                a.scores().stream().map(s -> {
                    var indicator = indicators.get(s.indicatorId());
                    return new Score(s.indicatorCode(), capabilityCodes.get(indicator.capabilityId()), indicator.level(),
                            s.score(), s.evidence());
                }).toList())).toList();
    }

    @GetMapping("/capability-assessments/heat-map")
    @Operation(summary = "Capability by level across cities",
            description = "Each city counts with its latest assessment; a cell is the mean of the cities' averages for "
                    + "that capability and level, with the number of cities behind it.")
    HeatMap heatMap(
            @Parameter(description = "a framework code or id; the Five Core Capabilities by default") @RequestParam(required = false) String framework,
            @Parameter(description = "an organisation id: only its member cities") @RequestParam(required = false) Long network) {
        CapabilityFramework f = framework(framework);
        Set<Long> members = null;
        if (network != null) {
            Organisation organisation = organisations.find(network).orElseThrow(() -> new RecordNotFoundException("organisation", network));
            members = memberships.ofOrganisation(organisation.id()).stream().map(m -> m.placeId()).collect(Collectors.toSet());
        }
        CapabilityHeatMap map = assessments.heatMap(f.id(), members);
        Map<Long, Place> cities = places.findAll(map.basis().stream().map(CapabilityHeatMap.CityPeriod::placeId).toList());
        return new HeatMap(f.code(), network, map.cities(), map.basis().stream().map(b -> {
            Place p = cities.get(b.placeId());
            return new Basis(new CityReference(b.placeId(), p == null ? null : p.name(), p == null ? null : p.countryCode()),
                    b.period());
        }).toList(), map.cells().stream().map(c -> new Cell(c.capability(), c.level(), c.average(), c.cities())).toList());
    }

    private CapabilityFramework framework(String framework) {
        if (framework == null || framework.isBlank()) {
            return frameworks.findByCode(CapabilityFrameworks.FIVE_CORE_CAPABILITIES).orElseThrow();
        }
        String wanted = framework.strip();
        return (wanted.matches("\\d{1,18}") ? frameworks.find(Long.parseLong(wanted)) : frameworks.findByCode(wanted))
                .orElseThrow(() -> new RecordNotFoundException("capability framework", wanted));
    }

}
