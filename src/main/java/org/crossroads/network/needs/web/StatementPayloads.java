package org.crossroads.network.needs.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.crossroads.directory.Place;
import org.crossroads.network.needs.Evidence;
import org.crossroads.network.needs.Need;
import org.crossroads.network.needs.NeedConstraints;
import org.crossroads.network.needs.Offer;

/** The shapes of the needs and offers API: what the reader may see, never another city's private statements. */
final class StatementPayloads {

    private StatementPayloads() {
    }

    @Schema(description = "A page of a list, newest first")
    record Page<T>(@Schema(description = "how many match, over all pages") int total, int page, int size, List<T> items) {
    }

    @Schema(description = "A directory city by id, with its name and country")
    record City(long id, String name, @Schema(description = "ISO 3166-1 alpha-2", example = "GM") String countryCode) {

        static City of(Place p, long id) {
            return p == null ? new City(id, null, null) : new City(p.id(), p.name(), p.countryCode());
        }
    }

    @Schema(description = "A city's need: what it wants to learn or set up, and the peers it would learn from")
    record NeedPayload(long id, City city,
            @Schema(description = "the language of title and description", example = "fr") String language,
            String title, String description,
            @Schema(description = "language → {title, description}") Map<String, Map<String, String>> translations,
            @Schema(description = "codes of the vocabulary theme", example = "[\"reception_orientation\"]") List<String> themes,
            @Schema(description = "codes of the vocabulary activity_type") List<String> activityTypes,
            @Schema(description = "ISO 639-1 codes", example = "[\"fr\", \"ar\"]") List<String> preferredLanguages,
            NeedConstraints constraints,
            @Schema(allowableValues = {"open", "met", "withdrawn"}) String status,
            @Schema(allowableValues = {"public", "private"}) String visibility,
            OffsetDateTime createdAt, OffsetDateTime updatedAt, int version,
            @Schema(example = "/needs/12") String href) {

        static NeedPayload of(Need n, Place city) {
            return new NeedPayload(n.id(), City.of(city, n.placeId()), n.text().language(), n.text().title(),
                    n.text().description(), n.text().translations(), n.themes(), n.activityTypes(), n.preferredLanguages(),
                    n.constraints(), n.status(), n.visibility().code(), n.createdAt(), n.updatedAt(), n.version(),
                    "/needs/" + n.id());
        }
    }

    @Schema(description = "Expertise a city can share, with the evidence that shows it")
    record OfferPayload(long id, City city, String language, String title, String description,
            Map<String, Map<String, String>> translations, List<String> themes, List<String> activityTypes,
            @Schema(description = "ISO 639-1 codes of the languages it can be shared in") List<String> languages,
            @Schema(description = "ids of initiatives (/api/initiatives/{id}), validated outcomes (/api/outcomes/{id}) and "
                    + "indicators (/api/data/indicators) that show the expertise") Evidence evidence,
            @Schema(description = "the city agrees to be contacted by peers about it") boolean contactConsent,
            @Schema(allowableValues = {"available", "withdrawn"}) String status,
            @Schema(allowableValues = {"public", "private"}) String visibility,
            OffsetDateTime createdAt, OffsetDateTime updatedAt, int version,
            @Schema(example = "/offers/7") String href) {

        static OfferPayload of(Offer o, Place city) {
            return new OfferPayload(o.id(), City.of(city, o.placeId()), o.text().language(), o.text().title(),
                    o.text().description(), o.text().translations(), o.themes(), o.activityTypes(), o.languages(),
                    o.evidence(), o.contactConsent(), o.status(), o.visibility().code(), o.createdAt(), o.updatedAt(),
                    o.version(), "/offers/" + o.id());
        }
    }
}
