package org.crossroads.servicepoints.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The GeoJSON (RFC 7946) shapes of the service point API: public facts only. */
final class ServicePointFeatures {

    private ServicePointFeatures() {
    }

    @Schema(description = "A GeoJSON FeatureCollection of service points")
    record Collection(@Schema(example = "FeatureCollection") String type, List<Feature> features) {
        static Collection of(List<Feature> features) {
            return new Collection("FeatureCollection", features);
        }
    }

    @Schema(description = "One service point as a GeoJSON Feature; its id is the platform's")
    record Feature(@Schema(example = "Feature") String type, long id, Point geometry, Properties properties) {
    }

    @Schema(description = "A GeoJSON Point: [longitude, latitude] in WGS 84 decimal degrees")
    record Point(@Schema(example = "Point") String type, List<Double> coordinates) {
    }

    @Schema(description = "What the service point is and how to reach it")
    record Properties(
            @Schema(description = "stable id across imports", example = "sp:sfax-reception-1") String externalId,
            String name,
            @Schema(description = "a code of the vocabulary service_point_kind", example = "reception_orientation") String kind,
            @Schema(description = "its city in the directory") Reference city,
            String address,
            @Schema(description = "the organisation that runs it, when known") Reference operator,
            @Schema(description = "ISO 639-1 codes of the languages people are served in", example = "[\"ar\", \"fr\"]")
            List<String> languages,
            String openingHours,
            String phone,
            @Schema(description = "http or https address") String website,
            String description,
            @Schema(description = "provenance: the source document or its address") String source,
            @Schema(description = "the point in its city's list", example = "/cities/12/service-points#service-point-3")
            String href) {
    }

    @Schema(description = "A directory record by id, with its name")
    record Reference(long id, String name, @Schema(description = "ISO 3166-1 alpha-2, for places") String countryCode) {
    }
}
