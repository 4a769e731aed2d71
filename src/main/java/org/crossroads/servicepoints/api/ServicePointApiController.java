package org.crossroads.servicepoints.api;

import org.crossroads.shared.web.RecordNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crossroads.servicepoints.ServicePoint;
import org.crossroads.servicepoints.ServicePoints;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Published service points as GeoJSON, for maps and other platforms. */
@RestController
@RequestMapping("/api")
@Tag(name = "Service points", description = "Reception and orientation offices, legal aid desks, one-stop shops and other services inside cities")
class ServicePointApiController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final ServicePoints points;
    private final Places places;
    private final Organisations organisations;
    private final Vocabularies vocabularies;

    ServicePointApiController(ServicePoints points, Places places, Organisations organisations, Vocabularies vocabularies) {
        this.points = points;
        this.places = places;
        this.organisations = organisations;
        this.vocabularies = vocabularies;
    }

    @GetMapping(path = "/service-points", produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Published service points as a GeoJSON FeatureCollection",
            description = "Every published service point, or those of one city and/or one kind, ordered by kind and name. "
                    + "Proposals awaiting publication are never included.",
            responses = {
                @ApiResponse(responseCode = "200", description = "a FeatureCollection of Point features",
                        content = @Content(mediaType = "application/geo+json",
                                schema = @Schema(implementation = ServicePointFeatures.Collection.class))),
                @ApiResponse(responseCode = "400", description = "an unknown kind", content = @Content),
                @ApiResponse(responseCode = "404", description = "an unknown city", content = @Content)})
    ResponseEntity<ServicePointFeatures.Collection> servicePoints(
            @Parameter(description = "a city id (see /api/cities)") @RequestParam(required = false) Long place,
            @Parameter(description = "a code of the vocabulary service_point_kind, e.g. legal_aid")
            @RequestParam(required = false) String kind) {
        if (place != null && places.find(place).isEmpty()) {
            throw new RecordNotFoundException("city", place);
        }
        String code = kind == null || kind.isBlank() ? null : kind.strip();
        if (code != null && !vocabularies.contains(ServicePoint.KIND_VOCABULARY, code)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown kind " + code);
        }
        List<ServicePoint> found = points.published(place, code);
        Set<Long> placeIds = new HashSet<>();
        Set<Long> operatorIds = new HashSet<>();
        found.forEach(p -> {
            placeIds.add(p.placeId());
            if (p.operatorId() != null) {
                operatorIds.add(p.operatorId());
            }
        });
        Map<Long, Place> cities = places.findAll(placeIds);
        Map<Long, Organisation> operators = organisations.findAll(operatorIds);
        List<ServicePointFeatures.Feature> features = found.stream().map(p -> {
            Place city = cities.get(p.placeId());
            Organisation operator = p.operatorId() == null ? null : operators.get(p.operatorId());
            return new ServicePointFeatures.Feature("Feature", p.id(),
                    new ServicePointFeatures.Point("Point", List.of(p.longitude(), p.latitude())),
                    new ServicePointFeatures.Properties(p.externalId(), p.name(), p.kind(),
                            city == null ? null : new ServicePointFeatures.Reference(city.id(), city.name(), city.countryCode()),
                            p.address(),
                            operator == null ? null : new ServicePointFeatures.Reference(operator.id(), operator.name(),
                                    operator.countryCode()),
                            p.languages(), p.openingHours(), p.phone(), p.website(), p.description(), p.source(),
                            "/cities/" + p.placeId() + "/service-points#service-point-" + p.id()));
        }).toList();
        return ResponseEntity.ok().contentType(GEO_JSON).body(ServicePointFeatures.Collection.of(features));
    }
}
